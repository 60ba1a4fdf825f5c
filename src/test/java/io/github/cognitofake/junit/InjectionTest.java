package io.github.cognitofake.junit;

import static io.github.cognitofake.junit.Kit.assertAllPassed;
import static io.github.cognitofake.junit.Kit.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;

/** Every place the extension injects into, checked by running example classes with the EngineTestKit. */
class InjectionTest {

    @Test
    void injectsTestLifecycleAndConstructorParametersWithTheTestsOwnFake() {
        assertAllPassed(Kit.run(Parameters.class), 2);
    }

    @Test
    void injectsInstanceFieldsBeforeEachTestAndStaticFieldsOncePerClass() {
        assertAllPassed(Kit.run(Fields.class), 2);
        assertThat(Fields.staticFakes).hasSize(1);
    }

    @Test
    void injectsTheFieldsOfEveryEnclosingInstanceOfANestedTest() {
        assertAllPassed(Kit.run(Outer.class), 1);
    }

    @Test
    void aNamedSecondExtensionGivesASecondFakeInTheSameTest() {
        assertAllPassed(Kit.run(TwoRegions.class), 1);
    }

    @Test
    void aFinalFieldIsRefusedWithWhatToDo() {
        assertThat(onlyFailure(Kit.run(FinalField.class)))
                .isEqualTo("@InjectCognitoIdentity field 'fake' of " + FinalField.class.getName()
                        + " must not be final: the extension assigns it (remove 'final').");
    }

    @Test
    void aFieldOfAnotherTypeIsRefusedWithTheTypesItMayHave() {
        assertThat(onlyFailure(Kit.run(WrongType.class)))
                .isEqualTo("@InjectCognitoIdentity field 'fake' of "
                        + WrongType.class.getName() + " has type java.lang.String; declare it as CognitoIdentityFake,"
                        + " CognitoIdentityClient or CognitoIdentityAsyncClient.");
    }

    @Test
    void aBadAnnotationFailsTheClassWithTheReason() {
        assertThat(onlyFailure(Kit.run(BadAccount.class)))
                .startsWith("@CognitoIdentityFakeTest on " + BadAccount.class.getName()
                        + ": An AWS account id is 12 digits");
    }

    @CognitoIdentityFakeTest
    static class Parameters {

        private final CognitoIdentityFake constructed;
        private CognitoIdentityFake beforeEach;

        Parameters(CognitoIdentityFake fake) {
            this.constructed = fake;
        }

        @BeforeEach
        void before(CognitoIdentityFake fake) {
            beforeEach = fake;
        }

        @Test
        void sameFakeEverywhereInOneTest(
                CognitoIdentityFake fake, CognitoIdentityClient client, CognitoIdentityAsyncClient async) {
            assertThat(fake).isSameAs(constructed).isSameAs(beforeEach);
            assertThat(client).isSameAs(fake.client());
            assertThat(async).isSameAs(fake.asyncClient());
            assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                    .isEmpty();
        }

        @Test
        void anotherTestAnotherFake(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(constructed).isSameAs(beforeEach);
        }

        @AfterEach
        void after(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(beforeEach);
        }
    }

    @CognitoIdentityFakeTest
    static class Fields {
        static final List<CognitoIdentityFake> staticFakes = new ArrayList<>();

        @InjectCognitoIdentity
        static CognitoIdentityFake shared;

        @InjectCognitoIdentity
        private CognitoIdentityClient client;

        @BeforeAll
        static void remember(CognitoIdentityFake fake) {
            staticFakes.add(shared);
            assertThat(fake).isSameAs(shared);
        }

        @Test
        void one(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(shared); // a static field makes the class share its fake
            assertThat(client).isSameAs(shared.client());
        }

        @Test
        void two(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(shared);
        }

        @AfterAll
        static void same(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(shared);
        }
    }

    @CognitoIdentityFakeTest
    static class Outer {
        @InjectCognitoIdentity
        CognitoIdentityFake outerFake;

        @Nested
        class Inner {
            @InjectCognitoIdentity
            CognitoIdentityFake innerFake;

            @Test
            void bothInstancesHoldTheTestsFake(CognitoIdentityFake fake) {
                assertThat(outerFake).isSameAs(fake);
                assertThat(innerFake).isSameAs(fake);
            }
        }
    }

    static class TwoRegions {
        @RegisterExtension
        static final CognitoIdentityFakeExtension US =
                CognitoIdentityFakeExtension.builder().build();

        @RegisterExtension
        static final CognitoIdentityFakeExtension EU = CognitoIdentityFakeExtension.builder()
                .name("eu")
                .region("eu-west-1")
                .build();

        @InjectCognitoIdentity("eu")
        CognitoIdentityClient euClient;

        @Test
        void twoFakes(CognitoIdentityFake us, @InjectCognitoIdentity("eu") CognitoIdentityFake eu) {
            assertThat(us.region()).isEqualTo(Region.US_EAST_1);
            assertThat(eu.region()).isEqualTo(Region.EU_WEST_1);
            assertThat(euClient).isSameAs(eu.client());
            String id = eu.seed(s -> s.identityPool("app", p -> {})).poolId("app");
            assertThat(id).startsWith("eu-west-1:");
            assertThat(us.snapshot().json()).isEqualTo("[ ]");
        }
    }

    @CognitoIdentityFakeTest
    static class FinalField {
        @InjectCognitoIdentity
        final CognitoIdentityFake fake = null;

        @Test
        void neverRuns() {}
    }

    @CognitoIdentityFakeTest
    static class WrongType {
        @InjectCognitoIdentity
        String fake;

        @Test
        void neverRuns() {}
    }

    @CognitoIdentityFakeTest(accountId = "42")
    static class BadAccount {
        @Test
        void neverRuns(CognitoIdentityFake fake) {}
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @CognitoIdentityFakeTest
    static class PerClassInstance {
        private final CognitoIdentityFake constructed;

        PerClassInstance(CognitoIdentityFake fake) {
            this.constructed = fake;
        }

        @Test
        void aPerClassConstructorSharesItsFake(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(constructed);
        }
    }

    @Test
    void aConstructorOfAPerClassInstanceSharesTheFakeWithEveryTest() {
        assertAllPassed(Kit.run(PerClassInstance.class), 1);
    }

    @Test
    void aFieldIsInjectedEvenWhenTheClassForgotTheExtension() {
        assertAllPassed(Kit.run(ForgotTheExtension.class), 2);
    }

    @Test
    void anAnnotatedParameterIsInjectedEvenWhenTheClassForgotTheExtension() {
        assertAllPassed(Kit.run(ForgotTheExtensionParameter.class), 1);
    }

    @Test
    void theAnnotationAddsNoSecondExtensionToAClassThatDeclaresOne() {
        // Two unnamed registrations would both claim the unannotated parameters: JUnit would refuse them as
        // competing resolvers, and the field and the parameter would hold different fakes.
        assertAllPassed(Kit.run(ComposedAndField.class), 1);
        assertAllPassed(Kit.run(ExtendWithAndField.class), 1);
        assertAllPassed(Kit.run(RegisteredAndFields.class), 1);
        assertAllPassed(Kit.run(RegisteredOnTheInstanceAndField.class), 1);
    }

    @Test
    void anAnnotatedParameterOfAnotherTypeIsRefusedWithTheInjectableTypes() {
        assertThat(onlyFailure(Kit.run(AnnotatedWrongParameter.class)))
                .startsWith("Cannot inject @InjectCognitoIdentity parameter 0 (java.lang.String) of void "
                        + AnnotatedWrongParameter.class.getName() + ".neverRuns(java.lang.String): the Cognito"
                        + " Identity fake extension injects CognitoIdentityFake, CognitoIdentityClient or"
                        + " CognitoIdentityAsyncClient; declare the parameter as one of them.");
    }

    @Test
    void aParameterOfAnSdkCognitoTypeIsRefusedWithTheInjectableTypesAndAHint() {
        assertThat(onlyFailure(Kit.run(BuilderParameter.class)))
                .startsWith("Cannot inject parameter 0 ("
                        + CognitoIdentityClientBuilder.class.getName() + ") of void "
                        + BuilderParameter.class.getName() + ".neverRuns("
                        + CognitoIdentityClientBuilder.class.getName()
                        + "): the Cognito Identity fake extension injects CognitoIdentityFake,")
                .endsWith("To build a client of your own, take the CognitoIdentityFake and call"
                        + " fake.configure(CognitoIdentityClient.builder()).");
    }

    @Test
    void parametersOfOtherTypesAreLeftToTheirOwnResolvers() {
        assertAllPassed(Kit.run(WithTestInfo.class), 1);
        assertThat(onlyFailure(Kit.run(UnknownParameter.class)))
                .startsWith("No ParameterResolver registered for parameter [java.lang.StringBuilder");
    }

    static class ForgotTheExtension {
        @InjectCognitoIdentity
        CognitoIdentityClient client;

        @InjectCognitoIdentity
        static CognitoIdentityFake shared;

        @Test
        void theFieldHoldsTheFakesClient() {
            assertThat(client).isSameAs(shared.client());
            assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                    .isEmpty();
        }

        @Test
        void theParameterHoldsTheSameFake(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(shared);
        }
    }

    static class ForgotTheExtensionParameter {
        @Test
        void injected(@InjectCognitoIdentity CognitoIdentityClient client) {
            assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                    .isEmpty();
        }
    }

    @CognitoIdentityFakeTest
    static class ComposedAndField {
        @InjectCognitoIdentity
        CognitoIdentityFake field;

        @Test
        void oneFake(CognitoIdentityFake fake, @InjectCognitoIdentity CognitoIdentityClient client) {
            assertThat(fake).isSameAs(field);
            assertThat(client).isSameAs(fake.client());
        }
    }

    @org.junit.jupiter.api.extension.ExtendWith(CognitoIdentityFakeExtension.class)
    static class ExtendWithAndField {
        @InjectCognitoIdentity
        CognitoIdentityFake field;

        @Test
        void oneFake(CognitoIdentityFake fake) {
            assertThat(fake).isSameAs(field);
        }
    }

    static class RegisteredAndFields {
        // Field names on both sides of the extension's in JUnit's field order, which is not declaration order.
        @InjectCognitoIdentity
        static CognitoIdentityFake a;

        @RegisterExtension
        static final CognitoIdentityFakeExtension COGNITO =
                CognitoIdentityFakeExtension.builder().region("eu-west-1").build();

        @InjectCognitoIdentity
        static CognitoIdentityFake zz;

        @InjectCognitoIdentity
        CognitoIdentityClient client;

        @Test
        void onlyTheRegisteredExtension(CognitoIdentityFake fake) {
            assertThat(fake.region()).isEqualTo(Region.EU_WEST_1);
            assertThat(a).isSameAs(fake);
            assertThat(zz).isSameAs(fake);
            assertThat(client).isSameAs(fake.client());
        }
    }

    static class RegisteredOnTheInstanceAndField {
        @InjectCognitoIdentity
        CognitoIdentityClient aClient;

        @RegisterExtension
        final CognitoIdentityFakeExtension cognito =
                CognitoIdentityFakeExtension.builder().region("eu-west-1").build();

        @InjectCognitoIdentity
        CognitoIdentityClient zClient;

        @Test
        void onlyTheRegisteredExtension(CognitoIdentityFake fake) {
            assertThat(fake.region()).isEqualTo(Region.EU_WEST_1);
            assertThat(aClient).isSameAs(fake.client());
            assertThat(zClient).isSameAs(fake.client());
        }
    }

    @CognitoIdentityFakeTest
    static class AnnotatedWrongParameter {
        @Test
        void neverRuns(@InjectCognitoIdentity String name) {}
    }

    @CognitoIdentityFakeTest
    static class BuilderParameter {
        @Test
        void neverRuns(CognitoIdentityClientBuilder builder) {}
    }

    @CognitoIdentityFakeTest
    static class WithTestInfo {
        @Test
        void both(TestInfo info, CognitoIdentityFake fake) {
            assertThat(info.getDisplayName()).isEqualTo("both(TestInfo, CognitoIdentityFake)");
            assertThat(fake).isNotNull();
        }
    }

    @CognitoIdentityFakeTest
    static class UnknownParameter {
        @Test
        void neverRuns(StringBuilder text) {}
    }
}
