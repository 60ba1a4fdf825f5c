package io.github.cognitofake.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a field the extension assigns, or names the extension a parameter comes from. The field's type is
 * {@code CognitoIdentityFake}, {@code CognitoIdentityClient} or {@code CognitoIdentityAsyncClient}, and it is
 * not final. As with JUnit's {@code @TempDir}: a static field is assigned once for the class and makes the
 * class share one fake; an instance field is assigned before each test, in the test instance and in every
 * enclosing instance of a {@code @Nested} test.
 *
 * <p>Parameters need no annotation. With two extensions in one class (for example two regions), the one built
 * with {@link CognitoIdentityFakeExtension.Builder#name(String) name("eu")} injects the fields and parameters
 * annotated {@code @InjectCognitoIdentity("eu")}, and the unnamed one the others.
 *
 * <p>The annotation registers {@link CognitoIdentityFakeExtension} itself, so a field or parameter annotated
 * with it is injected even in a class that forgot {@code @ExtendWith(CognitoIdentityFakeExtension.class)}
 * (the fake then has the default settings). JUnit registers an extension class declared with
 * {@code @ExtendWith} only once, so this adds nothing to a class that also has {@link CognitoIdentityFakeTest}
 * or {@code @ExtendWith(CognitoIdentityFakeExtension.class)}.
 *
 * <p>A parameter annotated with it must have one of the injectable types; any other type fails with a message
 * that lists them (see {@code docs/junit.md}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(CognitoIdentityFakeExtension.class)
public @interface InjectCognitoIdentity {

    /**
     * The name of the extension to take the fake from; empty for the unnamed one.
     *
     * @return the extension's name
     */
    String value() default "";
}
