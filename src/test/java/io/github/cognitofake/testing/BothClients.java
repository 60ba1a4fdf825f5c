package io.github.cognitofake.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test once through the synchronous client and once through the asynchronous one: the test's first
 * parameter is a {@link ClientKind}, and {@code kind.client(fake)} the client to call. Further parameters
 * (the fake, for one) are resolved by extensions as usual.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest
@EnumSource(ClientKind.class)
public @interface BothClients {}
