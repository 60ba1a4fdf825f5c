package io.github.cognitofake.seed;

import static io.github.cognitofake.testing.TestProviders.USER_POOL_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.EQUALS;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;

/** JSON fixtures in the AWS CLI's shape: loading, snapshots, and errors that say where. */
@CognitoIdentityFakeTest
class FixtureTest {

    private static final String CLI_POOL_ID = "us-east-1:0f4e7d3c-5b6a-4c1d-9e8f-7a6b5c4d3e2f";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @Test
    void loadsPastedCliOutputWithItsIdRolesAndMappings() {
        Seeded loaded = fake.load(Fixture.fromResource("cli-output.json")); // beside this class

        assertThat(loaded.poolId("app")).isEqualTo(CLI_POOL_ID);
        GetIdentityPoolRolesResponse roles = fake.client().getIdentityPoolRoles(b -> b.identityPoolId(CLI_POOL_ID));
        assertThat(roles.roles()).containsEntry("authenticated", "arn:aws:iam::123456789012:role/Auth");
        assertThat(roles.roleMappings()
                        .get(USER_POOL_KEY)
                        .rulesConfiguration()
                        .rules()
                        .get(0)
                        .roleARN())
                .isEqualTo("arn:aws:iam::123456789012:role/Admin");
    }

    @Test
    void aSnapshotLoadedIntoAnEmptyFakeRestoresTheSameState(@TempDir Path dir) {
        fake.seed(s -> s.identityPool(
                        "app",
                        p -> p.allowUnauthenticatedIdentities(true)
                                .tag("team", "auth")
                                .authenticatedRole("arn:aws:iam::123456789012:role/Auth")
                                .rulesMapping(
                                        USER_POOL_KEY,
                                        DENY,
                                        r -> r.when("isAdmin", EQUALS, "yes")
                                                .assume("arn:aws:iam::123456789012:role/Admin")))
                .identityPool("plain", p -> {}));
        Path file = dir.resolve("pools.json");
        fake.snapshot().writeTo(file);

        try (CognitoIdentityFake restored = CognitoIdentityFake.create()) {
            restored.load(Fixture.fromPath(file));

            assertThat(restored.snapshot().json()).isEqualTo(fake.snapshot().json());
            ListIdentityPoolsResponse pools = restored.client().listIdentityPools(b -> b.maxResults(10));
            assertThat(pools.identityPools())
                    .extracting(p -> p.identityPoolName())
                    .containsExactly("app", "plain");
        }
    }

    @Test
    void anUnknownMemberNamesTheFileLineAndColumn() {
        Fixture fixture = Fixture.fromJson(
                "pools.json",
                "[\n  {\n    \"IdentityPoolName\": \"app\",\n" + "    \"AllowUnauthenticated\": true\n  }\n]");

        assertThatThrownBy(() -> fake.load(fixture))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("Bad fixture pools.json, line 4, column 5: unknown member"
                        + " 'AllowUnauthenticated'; an identity pool fixture has IdentityPoolId,");
    }

    @Test
    void brokenJsonNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> fake.load(Fixture.fromJson("pools.json", "{\n  \"IdentityPoolName\": \"app\",\n}")))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("Bad fixture pools.json, line 3, column 1: Unexpected character ('}'");
    }

    @Test
    void aValueTheServiceRefusesNamesThePoolLocationAndTheServiceMessage() {
        Fixture fixture = Fixture.fromJson(
                "pools.json",
                "[{\"IdentityPoolName\": \"ok\", \"AllowUnauthenticatedIdentities\": false},\n"
                        + " {\"IdentityPoolName\": \"app\", \"AllowUnauthenticatedIdentities\": \"maybe\"}]");

        assertThatThrownBy(() -> fake.load(fixture))
                .isInstanceOf(SeedException.class)
                .hasMessage("pools.json, line 2, column 2, identity pool 'app': SerializationException:"
                        + " 'MAYBE' can not be converted to an Boolean");
        assertThat(fake.snapshot().json()).isEqualTo("[ ]");
    }

    @Test
    void aMissingResourceSaysWhereItWasLookedForAndHowToNameItFromTheRoot() {
        assertThatThrownBy(() -> Fixture.fromResource(FixtureTest.class, "missing.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No fixture resource 'missing.json' relative to io.github.cognitofake.seed.FixtureTest:"
                        + " looked for io/github/cognitofake/seed/missing.json on the classpath. A name without a"
                        + " leading '/' is relative to the package of FixtureTest; start it with '/' to name it from"
                        + " the root of the classpath (src/test/resources), such as '/missing.json'.");
        assertThatThrownBy(() -> Fixture.fromResource("/fixtures/missing.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No fixture resource '/fixtures/missing.json': looked for fixtures/missing.json from the"
                        + " root of the classpath (a leading '/' names it from there); put the file under"
                        + " src/test/resources, or give a path with Fixture.fromPath.");
    }

    @Test
    void aRelativeNameThatExistsAtTheRootSaysSo() {
        assertThatThrownBy(() -> Fixture.fromResource("fixtures/pools.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("looked for io/github/cognitofake/seed/fixtures/pools.json on the classpath.")
                .hasMessageEndingWith("such as '/fixtures/pools.json'. There is a resource '/fixtures/pools.json' at"
                        + " the root of the classpath.");
    }

    @Test
    void oneArgumentResourcesResolveLikeTheAnnotationsFixtures() {
        // A leading '/' names the resource from the root, otherwise it is relative to the caller's package.
        assertThat(Fixture.fromResource("/fixtures/pools.json").json())
                .isEqualTo(Fixture.fromResource(FixtureTest.class, "/fixtures/pools.json")
                        .json());
        assertThat(Fixture.fromResource("cli-output.json").json())
                .isEqualTo(Fixture.fromResource(FixtureTest.class, "cli-output.json")
                        .json());
    }

    private static final String DESCRIBE = "{\"IdentityPoolId\": \"" + CLI_POOL_ID
            + "\", \"IdentityPoolName\": \"app\"," + " \"AllowUnauthenticatedIdentities\": false}";
    private static final String ROLES = "{\"IdentityPoolId\": \"" + CLI_POOL_ID + "\","
            + " \"Roles\": {\"authenticated\": \"arn:aws:iam::123456789012:role/Auth\"}}";

    @Test
    void theTwoCliOutputsOfAPoolInOneArrayAreMergedInEitherOrder() {
        for (String json : new String[] {"[" + DESCRIBE + ",\n" + ROLES + "]", "[" + ROLES + ",\n" + DESCRIBE + "]"}) {
            try (CognitoIdentityFake fresh = CognitoIdentityFake.create()) {
                Seeded loaded = fresh.load(Fixture.fromJson("pools.json", json));

                assertThat(loaded.poolIds()).containsExactly(CLI_POOL_ID);
                assertThat(fresh.client()
                                .getIdentityPoolRoles(b -> b.identityPoolId(CLI_POOL_ID))
                                .roles())
                        .containsEntry("authenticated", "arn:aws:iam::123456789012:role/Auth");
            }
        }
    }

    @Test
    void aRolesOutputLoadedLaterSetsTheRolesOfThePoolAnEarlierFixtureCreated() {
        fake.load(Fixture.fromJson("describe.json", DESCRIBE));
        fake.load(Fixture.fromJson("roles.json", ROLES));

        assertThat(fake.client()
                        .getIdentityPoolRoles(b -> b.identityPoolId(CLI_POOL_ID))
                        .roles())
                .containsEntry("authenticated", "arn:aws:iam::123456789012:role/Auth");
    }

    @Test
    void aRolesOutputForAPoolNothingDescribesSaysSo() {
        assertThatThrownBy(() -> fake.load(Fixture.fromJson("roles.json", ROLES)))
                .isInstanceOf(SeedException.class)
                .hasMessage("roles.json, line 1, column 1, roles of identity pool '" + CLI_POOL_ID + "': no"
                        + " describe-identity-pool output names the identity pool '" + CLI_POOL_ID + "', and the fake"
                        + " holds no such pool. A get-identity-pool-roles output needs the describe-identity-pool"
                        + " output of its pool, in the same fixture or in one loaded before it (listed before it in"
                        + " fixtures = {...}).");
    }

    @Test
    void twoObjectsOfOnePoolThatDisagreeNameBothPlaces() {
        String other = DESCRIBE.replace("\"app\"", "\"other\"");
        assertThatThrownBy(() -> fake.load(Fixture.fromJson("pools.json", "[" + DESCRIBE + ",\n" + other + "]")))
                .isInstanceOf(SeedException.class)
                .hasMessage("Bad fixture pools.json, line 2, column 70: identity pool '" + CLI_POOL_ID + "' has"
                        + " another IdentityPoolName at line 1, column 71; objects with the same IdentityPoolId are"
                        + " merged, and must agree");
    }

    @Test
    void aFailedLoadPutsBackTheRolesItReplaced() {
        fake.load(Fixture.fromJson("describe.json", DESCRIBE));
        String replace = ROLES.replace("role/Auth", "role/Other");
        String refused = "{\"IdentityPoolName\": \"bad\", \"AllowUnauthenticatedIdentities\": \"maybe\"}";

        assertThatThrownBy(() -> fake.load(Fixture.fromJson("pools.json", "[" + replace + ", " + refused + "]")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("identity pool 'bad': SerializationException");
        assertThat(fake.client()
                        .getIdentityPoolRoles(b -> b.identityPoolId(CLI_POOL_ID))
                        .roles())
                .isEmpty();
    }
}
