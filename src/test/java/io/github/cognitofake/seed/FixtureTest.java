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
        Seeded loaded = fake.load(Fixture.fromResource("io/github/cognitofake/seed/cli-output.json"));

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
    void aMissingResourceSaysWhereItWasLookedFor() {
        assertThatThrownBy(() -> Fixture.fromResource(FixtureTest.class, "missing.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No fixture resource 'missing.json' relative to io.github.cognitofake.seed.FixtureTest;"
                        + " put the file under src/test/resources, or give a path with Fixture.fromPath.");
    }
}
