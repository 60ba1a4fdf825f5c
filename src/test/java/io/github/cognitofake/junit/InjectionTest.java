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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

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
}
