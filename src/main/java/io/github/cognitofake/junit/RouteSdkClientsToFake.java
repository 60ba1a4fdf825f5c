package io.github.cognitofake.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Routes every Cognito Identity client that code under test builds itself, with
 * {@code CognitoIdentityClient.builder()...build()} or {@code CognitoIdentityClient.create()}, to the test's fake,
 * without any change to that code: the fake is served on loopback and the SDK's configuration system properties
 * point at it ({@code aws.endpointUrlCognitoIdentity}, {@code aws.accessKeyId}, {@code aws.secretAccessKey},
 * {@code aws.region}) for as long as the class runs; they are restored afterwards.
 *
 * <pre>{@code
 * @CognitoIdentityFakeTest
 * @RouteSdkClientsToFake
 * @ResourceLock(Resources.SYSTEM_PROPERTIES)
 * class RoleAuditTest {
 *     private final RoleAudit audit = new RoleAudit(); // builds its own CognitoIdentityClient
 *
 *     @Test
 *     void listsThePools(CognitoIdentityFake fake) { ... audit.poolNames() ... fake.journal() ... }
 * }
 * }</pre>
 *
 * <p>System properties belong to the whole JVM, so the class must also carry
 * {@code @ResourceLock(Resources.SYSTEM_PROPERTIES)} (JUnit offers no way for an extension to add it, nor to put it
 * on a composed annotation): no other test that declares the lock runs beside it, and its own tests run one at a
 * time. The extension refuses to route without it.
 *
 * <p>It refuses loudly, before any test runs, rather than let a client fall through to real AWS: on an SDK before
 * 2.28.1 (which ignores these properties), when {@code aws.ignoreConfiguredEndpointUrls},
 * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} or the profile's {@code ignore_configured_endpoint_urls} is set, or
 * whenever a client built as production code builds it would not reach the fake. See {@code docs/junit.md},
 * "Production code that builds its own client", for the limits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RouteSdkClientsToFake {

    /**
     * The name of the extension whose fakes the clients reach, as in {@code CognitoIdentityFakeExtension.builder()
     * .name(...)}; empty (the default) for the unnamed one, such as {@link CognitoIdentityFakeTest}'s.
     *
     * @return the extension's name
     */
    String value() default "";
}
