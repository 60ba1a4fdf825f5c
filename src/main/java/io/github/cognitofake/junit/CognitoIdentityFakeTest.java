package io.github.cognitofake.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the tests of a class a Cognito Identity fake: parameters and {@link InjectCognitoIdentity} fields of
 * type {@code CognitoIdentityFake}, {@code CognitoIdentityClient} and {@code CognitoIdentityAsyncClient} are
 * injected. The same as {@code @ExtendWith(CognitoIdentityFakeExtension.class)} with these options.
 *
 * <pre>{@code
 * @CognitoIdentityFakeTest(region = "eu-west-1", fixtures = "/fixtures/pools.json")
 * class RoleAuditTest {
 *     @Test
 *     void readsRoles(CognitoIdentityClient client, CognitoIdentityFake fake) { ... }
 * }
 * }</pre>
 *
 * <p>On a {@code @Nested} class it replaces the enclosing class's options for that class. See
 * {@code docs/junit.md} for the lifecycle rules.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CognitoIdentityFakeExtension.class)
public @interface CognitoIdentityFakeTest {

    /**
     * The fake's region; identity pool ids start with it.
     *
     * @return the region's id
     */
    String region() default "us-east-1";

    /**
     * The fake's 12-digit account id.
     *
     * @return twelve digits
     */
    String accountId() default "123456789012";

    /**
     * Fixtures loaded into every fake before it is handed out, in order, as classpath resources named as
     * {@link Class#getResource} names them: with a leading {@code /} from the root of the classpath, otherwise
     * relative to the test class's package. See {@link io.github.cognitofake.seed.Fixture} for the JSON shape
     * (the AWS CLI's describe-identity-pool and get-identity-pool-roles outputs, as pasted). They are loaded once
     * before the class's first test as well, so a missing or broken fixture fails every test of the class.
     *
     * @return the resource names
     */
    String[] fixtures() default {};

    /**
     * Generated ids follow a fixed sequence, the same in every run and for every test.
     *
     * @return whether ids are deterministic
     */
    boolean deterministicIds() default false;

    /**
     * A fresh fake per test (default), or one fake shared by the class.
     *
     * @return how long a fake lives
     */
    FakeLifecycle lifecycle() default FakeLifecycle.PER_TEST;

    /**
     * What the extension checks after each test: unexpected calls of a strict fake, fault rules that never
     * fired, expected operations never called. The default takes the JUnit configuration parameter
     * {@value Strictness#CONFIGURATION_PARAMETER}, or {@link Strictness#STRICT_CALLS} without one.
     *
     * @return the strictness of this class's tests
     */
    Strictness strictness() default Strictness.DEFAULT;
}
