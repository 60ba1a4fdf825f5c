package io.github.cognitofake.junit;

import static io.github.cognitofake.junit.Kit.assertAllPassed;
import static io.github.cognitofake.junit.Kit.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;

/** Fixtures named by the annotation or the builder: found as documented, merged as pasted, checked up front. */
class FixturesTest {

    static final String POOL_ID = "us-east-1:0f4e7d3c-5b6a-4c1d-9e8f-7a6b5c4d3e2f";

    @Test
    void theTwoCliOutputsOfAPoolAreLoadedAsTwoFilesBesideTheTestClass() {
        assertAllPassed(Kit.run(TwoCliOutputs.class), 1);
    }

    @Test
    void aRelativeNameThatIsNotFoundSaysWhereItLookedAndHowToNameItFromTheRoot() {
        EngineExecutionResults results = Kit.run(RelativeNameOfARootFile.class);
        assertThat(onlyFailure(results))
                .isEqualTo("The fixtures of " + RelativeNameOfARootFile.class.getName() + " cannot be loaded: No"
                        + " fixture resource 'fixtures/pools.json' relative to "
                        + RelativeNameOfARootFile.class.getName() + ": looked for"
                        + " io/github/cognitofake/junit/fixtures/pools.json on the classpath. A name without a leading"
                        + " '/' is relative to the package of RelativeNameOfARootFile; start it with '/' to name it"
                        + " from the root of the classpath (src/test/resources), such as '/fixtures/pools.json'."
                        + " There is a resource '/fixtures/pools.json' at the root of the classpath.");
        assertThat(results.testEvents().succeeded().count())
                .as("a test that never touches the fake does not pass")
                .isZero();
    }

    @Test
    void aBrokenFixtureFailsEveryTestOfTheClassEvenWithTheExtensionOnAnInstanceField() {
        EngineExecutionResults results = Kit.run(BrokenFixtureOnAnInstanceField.class);
        assertThat(results.testEvents().succeeded().count()).isZero();
        assertThat(results.testEvents().failed().count()).isEqualTo(2);
        assertThat(onlyFailure(results).lines().distinct())
                .singleElement()
                .asString()
                .startsWith("The fixtures of " + BrokenFixtureOnAnInstanceField.class.getName()
                        + " cannot be loaded: Bad fixture missing-name.json, line 1, column 1: this object names no"
                        + " identity pool");
    }

    @Test
    void aNestedClassInheritsTheCheckedFixtures() {
        assertAllPassed(Kit.run(Outer.class), 2);
    }

    @CognitoIdentityFakeTest(fixtures = {"describe-identity-pool.json", "get-identity-pool-roles.json"})
    static class TwoCliOutputs {
        @Test
        void bothApply(CognitoIdentityClient client) {
            GetIdentityPoolRolesResponse roles = client.getIdentityPoolRoles(b -> b.identityPoolId(POOL_ID));
            assertThat(roles.roles()).containsEntry("authenticated", "arn:aws:iam::123456789012:role/Auth");
            assertThat(roles.roleMappings())
                    .containsKey("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123:client1");
            assertThat(client.describeIdentityPool(b -> b.identityPoolId(POOL_ID))
                            .identityPoolName())
                    .isEqualTo("app");
        }
    }

    @CognitoIdentityFakeTest(fixtures = "fixtures/pools.json")
    static class RelativeNameOfARootFile {
        @Test
        void neverTouchesTheFake() {}
    }

    static class BrokenFixtureOnAnInstanceField {
        @RegisterExtension
        final CognitoIdentityFakeExtension cognito = CognitoIdentityFakeExtension.builder()
                .fixture(io.github.cognitofake.seed.Fixture.fromJson("missing-name.json", "{\"Roles\": {}}"))
                .build();

        @Test
        void neverTouchesTheFake() {}

        @Test
        void neitherDoesThisOne() {}
    }

    @CognitoIdentityFakeTest(fixtures = "/fixtures/pools.json")
    static class Outer {
        @Test
        void outer(CognitoIdentityFake fake) {
            assertThat(fake.snapshot().json()).contains("\"app\"");
        }

        @Nested
        class Inner {
            @Test
            void inner(CognitoIdentityFake fake) {
                assertThat(fake.snapshot().json()).contains("\"app\"");
            }
        }
    }
}
