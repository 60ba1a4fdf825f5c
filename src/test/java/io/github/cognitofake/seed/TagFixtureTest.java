package io.github.cognitofake.seed;

import static io.github.cognitofake.testing.TestProviders.OIDC_ARN;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetPrincipalTagAttributeMapResponse;

/** Tags and principal tag maps in snapshots and fixtures. */
@CognitoIdentityFakeTest
class TagFixtureTest {

    private static final String POOL_ID = "us-east-1:0f4e7d3c-5b6a-4c1d-9e8f-7a6b5c4d3e2f";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @Test
    void aSnapshotRestoresTagsAndPrincipalTagMaps() {
        String id = fake.seed(s -> s.identityPool(
                        "app",
                        p -> p.tag("team", "auth")
                                .cognitoProvider(USER_POOL, "client1")
                                .openIdConnectProvider(OIDC_ARN)
                                .loginProvider("graph.facebook.com", "123456789012345")))
                .poolId("app");
        CognitoIdentityClient cognito = fake.client();
        cognito.tagResource(b -> b.resourceArn(fake.identityPoolArn(id)).tags(Map.of("stage", "test")));
        cognito.setPrincipalTagAttributeMap(b ->
                b.identityPoolId(id).identityProviderName(USER_POOL).principalTags(Map.of("tenant", "custom:tenant")));
        cognito.setPrincipalTagAttributeMap(b ->
                b.identityPoolId(id).identityProviderName("login.example.com").useDefaults(true));
        cognito.setPrincipalTagAttributeMap(b ->
                b.identityPoolId(id).identityProviderName("graph.facebook.com").useDefaults(true));
        // Facebook is removed again: its map cannot be reached through the API, so the snapshot leaves it out.
        cognito.updateIdentityPool(b -> b.identityPoolId(id)
                .identityPoolName("app")
                .allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("client1")
                        .build())
                .openIdConnectProviderARNs(OIDC_ARN));

        Fixture snapshot = fake.snapshot();

        assertThat(snapshot.json()).contains("\"PrincipalTagAttributeMaps\"").doesNotContain("graph.facebook.com");
        try (CognitoIdentityFake restored = CognitoIdentityFake.create()) {
            restored.load(snapshot);

            assertThat(restored.snapshot().json()).isEqualTo(snapshot.json());
            CognitoIdentityClient copy = restored.client();
            assertThat(copy.listTagsForResource(b -> b.resourceArn(restored.identityPoolArn(id)))
                            .tags())
                    .isEqualTo(Map.of("team", "auth", "stage", "test"));
            GetPrincipalTagAttributeMapResponse userPool =
                    copy.getPrincipalTagAttributeMap(b -> b.identityPoolId(id).identityProviderName(USER_POOL));
            assertThat(userPool.useDefaults()).isFalse();
            assertThat(userPool.principalTags()).isEqualTo(Map.of("tenant", "custom:tenant"));
            assertThat(copy.getPrincipalTagAttributeMap(
                                    b -> b.identityPoolId(id).identityProviderName(OIDC_ARN))
                            .useDefaults())
                    .isTrue();
        }
    }

    @Test
    void loadsPrincipalTagMapsInTheShapeTheCliPrints() {
        fake.load(Fixture.fromJson("pools.json", """
                {
                  "IdentityPoolId": "%s",
                  "IdentityPoolName": "app",
                  "AllowUnauthenticatedIdentities": false,
                  "CognitoIdentityProviders": [{"ProviderName": "%s", "ClientId": "client1"}],
                  "IdentityPoolTags": {"team": "auth"},
                  "PrincipalTagAttributeMaps": [{
                    "IdentityPoolId": "%s",
                    "IdentityProviderName": "%s",
                    "UseDefaults": false,
                    "PrincipalTags": {"tenant": "custom:tenant"}
                  }]
                }
                """.formatted(POOL_ID, USER_POOL, POOL_ID, USER_POOL)));

        GetPrincipalTagAttributeMapResponse map = fake.client()
                .getPrincipalTagAttributeMap(b -> b.identityPoolId(POOL_ID).identityProviderName(USER_POOL));
        assertThat(map.principalTags()).isEqualTo(Map.of("tenant", "custom:tenant"));
        assertThat(fake.client()
                        .listTagsForResource(b -> b.resourceArn(fake.identityPoolArn(POOL_ID)))
                        .tags())
                .isEqualTo(Map.of("team", "auth"));
    }

    @Test
    void aMapOfAProviderThePoolDoesNotHaveFailsTheLoadAndLeavesNothing() {
        Fixture fixture = Fixture.fromJson("pools.json", """
                [{"IdentityPoolName": "app", "AllowUnauthenticatedIdentities": false,
                  "PrincipalTagAttributeMaps": [{"IdentityProviderName": "accounts.google.com", "UseDefaults": true}]}]
                """);

        assertThatThrownBy(() -> fake.load(fixture))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("pools.json, line 1, column 2, identity pool 'app': InvalidParameterException:"
                        + " Identity provider 'accounts.google.com' is not configured for identity pool 'us-east-1:");
        assertThat(fake.snapshot().json()).isEqualTo("[ ]");
    }

    @Test
    void principalTagMapsMustBeAnArrayOfObjects() {
        Fixture notAnArray = Fixture.fromJson("pools.json", """
                {"IdentityPoolName": "app", "AllowUnauthenticatedIdentities": false,
                 "PrincipalTagAttributeMaps": {"IdentityProviderName": "x"}}
                """);

        assertThatThrownBy(() -> fake.load(notAnArray))
                .isInstanceOf(SeedException.class)
                .hasMessage("Bad fixture pools.json, line 2, column 2: PrincipalTagAttributeMaps must be an array of"
                        + " objects with IdentityProviderName, UseDefaults and PrincipalTags, as"
                        + " get-principal-tag-attribute-map prints them");
        assertThatThrownBy(() -> fake.load(Fixture.fromJson(
                        "pools.json", "{\"IdentityPoolName\": \"app\", \"PrincipalTagAttributeMaps\": [1]}")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("PrincipalTagAttributeMaps must hold objects");
    }
}
