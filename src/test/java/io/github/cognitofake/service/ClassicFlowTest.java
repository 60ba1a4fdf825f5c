package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestTokens.idToken;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.seed.Seeded;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.RawHttp;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolResponse;

/**
 * AllowClassicFlow has three states (never set, false, true), as aws/aws-cli#7652 and a 2025 CLI transcript show:
 * a pool created without the member prints none and allows the basic flow; only an explicit false refuses it.
 * A pool with role mappings refuses the basic flow too (the developer guide, "Identity pools authentication flow").
 */
class ClassicFlowTest {

    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123";
    private static final String USER_POOL_LOGIN = USER_POOL + ":client1";
    private static final String NOT_ENABLED = "Basic (classic) flow is not enabled, please use enhanced flow.";
    private static final String NOT_WITH_ROLE_MAPPINGS =
            "Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.";

    private final CognitoIdentityFake fake = CognitoIdentityFake.create();

    @AfterEach
    void close() {
        fake.close();
    }

    private static String createPool(CognitoIdentityClient cognito, Consumer<CreateIdentityPoolRequest.Builder> flag) {
        return cognito.createIdentityPool(b -> {
                    b.identityPoolName("app")
                            .allowUnauthenticatedIdentities(true)
                            .developerProviderName("login.example")
                            .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                    .providerName(USER_POOL)
                                    .clientId("client1")
                                    .build());
                    flag.accept(b);
                })
                .identityPoolId();
    }

    private static void mapRoles(CognitoIdentityClient cognito, String poolId) {
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth"))
                .roleMappings(Map.of(
                        USER_POOL_LOGIN,
                        RoleMapping.builder()
                                .type(RoleMappingType.TOKEN)
                                .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
                                .build())));
    }

    private String describeOnTheWire(String poolId) {
        RawHttp.Response response =
                RawHttp.to(fake).operation("DescribeIdentityPool").send("{\"IdentityPoolId\":\"" + poolId + "\"}");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aPoolCreatedWithoutTheMemberLeavesItOutOfEveryAnswer(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        CreateIdentityPoolResponse created =
                cognito.createIdentityPool(b -> b.identityPoolName("cli").allowUnauthenticatedIdentities(true));
        String id = created.identityPoolId();

        assertThat(created.allowClassicFlow()).isNull();
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(id)).allowClassicFlow())
                .isNull();
        assertThat(describeOnTheWire(id))
                .isEqualTo("{\"IdentityPoolId\":\"" + id + "\",\"IdentityPoolName\":\"cli\","
                        + "\"AllowUnauthenticatedIdentities\":true,\"IdentityPoolTags\":{}}");
        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(
                b -> b.identityPoolId(id).identityPoolName("renamed").allowUnauthenticatedIdentities(true));
        assertThat(updated.allowClassicFlow())
                .as("an update without the member keeps it unset")
                .isNull();
        assertThat(describeOnTheWire(id)).doesNotContain("AllowClassicFlow");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aSetFlagIsPrintedAndAnUpdateWithoutTheMemberKeepsIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        for (boolean allow : new boolean[] {false, true}) {
            String id = createPool(cognito, b -> b.allowClassicFlow(allow));

            assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(id)).allowClassicFlow())
                    .isEqualTo(allow);
            assertThat(describeOnTheWire(id)).contains("\"AllowClassicFlow\":" + allow + ",");
            UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(
                    b -> b.identityPoolId(id).identityPoolName("renamed").allowUnauthenticatedIdentities(true));
            assertThat(updated.allowClassicFlow()).as("kept when omitted").isEqualTo(allow);
            UpdateIdentityPoolResponse flipped = cognito.updateIdentityPool(b -> b.identityPoolId(id)
                    .identityPoolName("renamed")
                    .allowUnauthenticatedIdentities(true)
                    .allowClassicFlow(!allow));
            assertThat(flipped.allowClassicFlow()).as("given, so replaced").isEqualTo(!allow);
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void theBasicFlowIsAllowedWhenTheFlagIsUnsetOrTrue(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String unset = createPool(cognito, b -> {});
        String allowed = createPool(cognito, b -> b.allowClassicFlow(true));

        for (String poolId : new String[] {unset, allowed}) {
            String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

            assertThat(cognito.getOpenIdToken(b -> b.identityId(guest)).token()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void anExplicitFalseRefusesTheBasicFlowForGuestsAndSignedInUsers(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito, b -> b.allowClassicFlow(false));
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        Map<String, String> logins = Map.of(USER_POOL, idToken(USER_POOL, "client1", "user-1"));
        String user =
                cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth")));

        assertServiceError(
                () -> cognito.getOpenIdToken(b -> b.identityId(guest)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                NOT_ENABLED);
        assertServiceError(
                () -> cognito.getOpenIdToken(b -> b.identityId(user).logins(logins)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                NOT_ENABLED);
        assertThat(cognito.getCredentialsForIdentity(b -> b.identityId(user).logins(logins))
                        .credentials()
                        .accessKeyId())
                .as("the enhanced flow is not affected")
                .startsWith("ASIA");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void rolesMappingsRefuseTheBasicFlowBeforeAnyLoginIsLookedAt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito, b -> {});
        String user = cognito.getId(b ->
                        b.identityPoolId(poolId).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "user-1"))))
                .identityId();
        mapRoles(cognito, poolId);

        // Without its login, the identity would otherwise get "Logins don't match. ...".
        assertServiceError(
                () -> cognito.getOpenIdToken(b -> b.identityId(user)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                NOT_WITH_ROLE_MAPPINGS);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aFalseFlagIsAnsweredBeforeTheRoleMappings(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito, b -> b.allowClassicFlow(false));
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        mapRoles(cognito, poolId);

        assertServiceError(
                () -> cognito.getOpenIdToken(b -> b.identityId(guest)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                NOT_ENABLED);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void theDeveloperFlowIsNotSubjectToEither(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito, b -> b.allowClassicFlow(false));
        mapRoles(cognito, poolId);

        assertThat(cognito.getOpenIdTokenForDeveloperIdentity(
                                b -> b.identityPoolId(poolId).logins(Map.of("login.example", "user123")))
                        .token())
                .isNotEmpty();
    }

    @Test
    void snapshotsAndFixturesKeepTheThreeStates() {
        Seeded seeded = fake.seed(s -> s.identityPool("unset", p -> {})
                .identityPool("off", p -> p.allowClassicFlow(false))
                .identityPool("on", p -> p.allowClassicFlow(true)));
        String json = fake.snapshot().json();

        try (CognitoIdentityFake restored = CognitoIdentityFake.create()) {
            Seeded loaded = restored.load(fake.snapshot());

            assertThat(restored.snapshot().json()).isEqualTo(json);
            DescribeIdentityPoolResponse unset =
                    restored.client().describeIdentityPool(b -> b.identityPoolId(loaded.poolId("unset")));
            DescribeIdentityPoolResponse off =
                    restored.client().describeIdentityPool(b -> b.identityPoolId(loaded.poolId("off")));
            DescribeIdentityPoolResponse on =
                    restored.client().describeIdentityPool(b -> b.identityPoolId(loaded.poolId("on")));
            assertThat(unset.allowClassicFlow()).isNull();
            assertThat(off.allowClassicFlow()).isFalse();
            assertThat(on.allowClassicFlow()).isTrue();
        }
        assertThat(seeded.poolIds()).hasSize(3);
        assertThat(json.split("AllowClassicFlow", -1))
                .as("printed for the two pools that set it")
                .hasSize(3);
    }
}
