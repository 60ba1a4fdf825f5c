package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.CLIENT_ID;
import static io.github.cognitofake.testing.TestProviders.DEVELOPER;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.TestProviders.OIDC_ARN;
import static io.github.cognitofake.testing.TestProviders.SAML_ARN;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static io.github.cognitofake.testing.Together.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetPrincipalTagAttributeMapResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.SetPrincipalTagAttributeMapResponse;

/** SetPrincipalTagAttributeMap and GetPrincipalTagAttributeMap through the real SDK. */
@CognitoIdentityFakeTest
class PrincipalTagsTest {

    private static final TestPools.Spec POOL = TestPools.pool("app")
            .facebook("123456789012345")
            .userPool(CLIENT_ID)
            .openIdConnect(OIDC_ARN)
            .saml(SAML_ARN)
            .developer(DEVELOPER);

    private static final String OIDC_ISSUER = "login.example.com";
    private static final String UNKNOWN_POOL = "us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static final String FIXED_ID = "us-east-1:0f1e2d3c-aaaa-bbbb-cccc-000000000000";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    // ---- Happy paths ---------------------------------------------------------------------------------

    @BothClients
    void setsCustomMappingsAndGetsThemBack(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        Map<String, String> tags = ordered("tenant", "custom:tenant", "department", "custom:dept");

        SetPrincipalTagAttributeMapResponse set = cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(id)
                .identityProviderName(USER_POOL)
                .useDefaults(false)
                .principalTags(tags));

        assertThat(set.identityPoolId()).isEqualTo(id);
        assertThat(set.identityProviderName()).isEqualTo(USER_POOL);
        assertThat(set.useDefaults()).isFalse();
        assertThat(set.principalTags()).containsExactlyEntriesOf(tags);
        GetPrincipalTagAttributeMapResponse got = get(cognito, id, USER_POOL);
        assertThat(got.identityPoolId()).isEqualTo(id);
        assertThat(got.identityProviderName()).isEqualTo(USER_POOL);
        assertThat(got.useDefaults()).isFalse();
        assertThat(got.principalTags()).containsExactlyEntriesOf(tags);
    }

    @BothClients
    void useDefaultsIsEchoedWithoutExpandingTheDefaults(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);

        SetPrincipalTagAttributeMapResponse set = cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(id).identityProviderName(USER_POOL).useDefaults(true));

        assertThat(set.useDefaults()).isTrue();
        assertThat(set.hasPrincipalTags()).as("no custom tags were set").isFalse();
        GetPrincipalTagAttributeMapResponse got = get(cognito, id, USER_POOL);
        assertThat(got.useDefaults()).isTrue();
        assertThat(got.hasPrincipalTags()).isFalse();
    }

    @BothClients
    void aProviderThatWasNeverSetHasNoDefaultsAndNoTags(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);

        for (String provider : List.of(USER_POOL, FACEBOOK, OIDC_ARN, SAML_ARN)) {
            GetPrincipalTagAttributeMapResponse got = get(cognito, id, provider);

            assertThat(got.identityPoolId()).isEqualTo(id);
            assertThat(got.identityProviderName()).isEqualTo(provider);
            assertThat(got.useDefaults())
                    .as("UseDefaults is printed")
                    .isNotNull()
                    .isFalse();
            assertThat(got.hasPrincipalTags()).isFalse();
        }
    }

    @BothClients
    void setReplacesTheWholeMapAndAnEmptySetClearsIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        cognito.setPrincipalTagAttributeMap(b ->
                b.identityPoolId(id).identityProviderName(FACEBOOK).principalTags(Map.of("app", "aud", "user", "sub")));

        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(id).identityProviderName(FACEBOOK).principalTags(Map.of("user", "sub")));
        assertThat(get(cognito, id, FACEBOOK).principalTags()).isEqualTo(Map.of("user", "sub"));

        SetPrincipalTagAttributeMapResponse cleared =
                cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(id).identityProviderName(FACEBOOK));
        assertThat(cleared.useDefaults()).isFalse();
        assertThat(cleared.hasPrincipalTags()).isFalse();
        GetPrincipalTagAttributeMapResponse got = get(cognito, id, FACEBOOK);
        assertThat(got.useDefaults()).isFalse();
        assertThat(got.hasPrincipalTags()).isFalse();
    }

    @BothClients
    void everyProviderAndEveryPoolHasItsOwnMap(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        String other = POOL.create(cognito);

        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(id).identityProviderName(USER_POOL).principalTags(Map.of("pool", "user")));
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(id).identityProviderName(SAML_ARN).principalTags(Map.of("pool", "saml")));
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(other).identityProviderName(USER_POOL).useDefaults(true));

        assertThat(get(cognito, id, USER_POOL).principalTags()).isEqualTo(Map.of("pool", "user"));
        assertThat(get(cognito, id, SAML_ARN).principalTags()).isEqualTo(Map.of("pool", "saml"));
        assertThat(get(cognito, id, FACEBOOK).hasPrincipalTags()).isFalse();
        assertThat(get(cognito, other, USER_POOL).useDefaults()).isTrue();
        assertThat(get(cognito, other, USER_POOL).hasPrincipalTags()).isFalse();
    }

    @BothClients
    void anOpenIdConnectProviderIsNamedByItsArnOrByItsIssuer(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);

        SetPrincipalTagAttributeMapResponse set = cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(id).identityProviderName(OIDC_ISSUER).principalTags(Map.of("email", "email")));

        assertThat(set.identityProviderName()).as("the name as sent").isEqualTo(OIDC_ISSUER);
        assertThat(get(cognito, id, OIDC_ARN).principalTags()).isEqualTo(Map.of("email", "email"));
        assertThat(get(cognito, id, OIDC_ISSUER).identityProviderName()).isEqualTo(OIDC_ISSUER);
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(id).identityProviderName(OIDC_ARN).useDefaults(true));
        assertThat(get(cognito, id, OIDC_ISSUER).useDefaults()).isTrue();
        assertThat(get(cognito, id, OIDC_ISSUER).hasPrincipalTags()).isFalse();
    }

    @BothClients
    void deletingThePoolDeletesItsMaps(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = seedPool();
        cognito.setPrincipalTagAttributeMap(b ->
                b.identityPoolId(id).identityProviderName(USER_POOL).principalTags(Map.of("tenant", "custom:tenant")));

        cognito.deleteIdentityPool(b -> b.identityPoolId(id));

        assertServiceError(
                () -> get(cognito, id, USER_POOL),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + id + "' not found.");
        assertThat(seedPool()).as("a new pool with the same id").isEqualTo(id);
        GetPrincipalTagAttributeMapResponse got = get(cognito, id, USER_POOL);
        assertThat(got.useDefaults()).isFalse();
        assertThat(got.hasPrincipalTags()).as("the deleted pool's map is gone").isFalse();
    }

    @BothClients
    void aMapOutlivesTheRemovalOfItsProviderAndComesBackWithIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(id).identityProviderName(FACEBOOK).principalTags(Map.of("user", "sub")));

        cognito.updateIdentityPool(
                b -> b.identityPoolId(id).identityPoolName("app").allowUnauthenticatedIdentities(false));
        assertServiceError(
                () -> get(cognito, id, FACEBOOK),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "Identity provider '" + FACEBOOK + "' is not configured for identity pool '" + id + "'.");

        cognito.updateIdentityPool(b -> b.identityPoolId(id)
                .identityPoolName("app")
                .allowUnauthenticatedIdentities(false)
                .supportedLoginProviders(Map.of(FACEBOOK, "123456789012345")));
        assertThat(get(cognito, id, FACEBOOK).principalTags()).isEqualTo(Map.of("user", "sub"));
    }

    // ---- Errors --------------------------------------------------------------------------------------

    @BothClients
    void anUnknownPoolIsNotFound(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String message = "IdentityPool '" + UNKNOWN_POOL + "' not found.";

        assertServiceError(
                () -> cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(UNKNOWN_POOL)
                        .identityProviderName(USER_POOL)
                        .useDefaults(true)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> get(cognito, UNKNOWN_POOL, USER_POOL),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    @BothClients
    void aProviderThePoolDoesNotHaveIsAnInvalidParameterAndChangesNothing(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        cognito.setPrincipalTagAttributeMap(b ->
                b.identityPoolId(id).identityProviderName(USER_POOL).principalTags(Map.of("tenant", "custom:tenant")));
        List<String> notProviders = List.of(
                USER_POOL + ":client1", // the role-mapping name of the app client, not the provider's
                "cognito-idp.us-east-1.amazonaws.com/us-east-1_Other",
                "accounts.google.com",
                DEVELOPER, // developer identities get their principal tags from GetOpenIdTokenForDeveloperIdentity
                "arn:aws:iam::123456789012:oidc-provider/other.example.com",
                "arn:aws:iam::123456789012:saml-provider/Other");

        for (String provider : notProviders) {
            String message = "Identity provider '" + provider + "' is not configured for identity pool '" + id + "'.";
            assertRefused(
                    cognito,
                    id,
                    () -> cognito.setPrincipalTagAttributeMap(b ->
                            b.identityPoolId(id).identityProviderName(provider).principalTags(Map.of("x", "y"))),
                    InvalidParameterException.class,
                    "InvalidParameterException",
                    message);
            assertRefused(
                    cognito,
                    id,
                    () -> get(cognito, id, provider),
                    InvalidParameterException.class,
                    "InvalidParameterException",
                    message);
        }
    }

    @BothClients
    void theModelConstraintsComeFirstAndChangeNothing(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        cognito.setPrincipalTagAttributeMap(b ->
                b.identityPoolId(id).identityProviderName(USER_POOL).principalTags(Map.of("tenant", "custom:tenant")));
        Map<String, String> tooMany = IntStream.range(0, 51)
                .boxed()
                .collect(Collectors.toMap(i -> "t" + i, i -> "c" + i, (a, b) -> a, LinkedHashMap::new));

        assertRefused(
                cognito,
                id,
                () -> cognito.setPrincipalTagAttributeMap(b ->
                        b.identityPoolId(id).identityProviderName(USER_POOL).principalTags(Map.of("tenant", ""))),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: "
                        + "Value '{tenant=}' at 'principalTags' failed to satisfy constraint: "
                        + "Map value must satisfy constraint: [Member must have length less than or equal to 256, "
                        + "Member must have length greater than or equal to 1]");
        assertRefused(
                cognito,
                id,
                () -> cognito.setPrincipalTagAttributeMap(b ->
                        b.identityPoolId(id).identityProviderName(USER_POOL).principalTags(tooMany)),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: "
                        + "Value '" + tooMany.toString().substring(0, 256) + "...' at 'principalTags' failed to "
                        + "satisfy constraint: Member must have length less than or equal to 50");
        assertRefused(
                cognito,
                id,
                () -> cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(id)),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: "
                        + "Value null at 'identityProviderName' failed to satisfy constraint: "
                        + "Member must not be null");
        assertServiceError(
                () -> get(cognito, "us-east-1_Abc123", USER_POOL),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "1 validation error detected: "
                        + "Value 'us-east-1_Abc123' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+");
    }

    // ---- Concurrency ---------------------------------------------------------------------------------

    @BothClients
    void concurrentMapsTagsAndUpdatesOfOnePoolLoseNothing(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        Map<String, String> social = Map.of(
                FACEBOOK,
                "123456789012345",
                "accounts.google.com",
                "g.apps",
                "www.amazon.com",
                "amzn1.application.1",
                "appleid.apple.com",
                "com.example.app");
        String id = cognito.createIdentityPool(b -> b.identityPoolName("app")
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(social)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client1")
                                .build())
                        .openIdConnectProviderARNs(OIDC_ARN)
                        .samlProviderARNs(SAML_ARN))
                .identityPoolId();
        List<String> providers = List.of(
                FACEBOOK, "accounts.google.com", "www.amazon.com", "appleid.apple.com", USER_POOL, OIDC_ARN, SAML_ARN);
        int rounds = 20;

        List<Callable<Void>> tasks = new ArrayList<>();
        for (String provider : providers) {
            tasks.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    String round = "r" + i;
                    cognito.setPrincipalTagAttributeMap(b ->
                            b.identityPoolId(id).identityProviderName(provider).principalTags(Map.of("round", round)));
                }
                return null;
            });
        }
        // The pool's configuration and tags change at the same time; neither may undo a map, nor a map them.
        tasks.add(() -> {
            for (int i = 0; i < rounds; i++) {
                String name = "name-" + i;
                int round = i;
                cognito.updateIdentityPool(b -> b.identityPoolId(id)
                        .identityPoolName(name)
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(social)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client1")
                                .build())
                        .openIdConnectProviderARNs(OIDC_ARN)
                        .samlProviderARNs(SAML_ARN));
                cognito.tagResource(b -> b.resourceArn(fake.identityPoolArn(id)).tags(Map.of("t" + round, "v")));
            }
            return null;
        });
        runTogether(tasks);

        for (String provider : providers) {
            assertThat(get(cognito, id, provider).principalTags()).as(provider).isEqualTo(Map.of("round", "r19"));
        }
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(id)).identityPoolName())
                .isEqualTo("name-19");
        assertThat(cognito.listTagsForResource(b -> b.resourceArn(fake.identityPoolArn(id)))
                        .tags())
                .hasSize(rounds);
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    /** The same pool, created with a fixed id through seeding. */
    private String seedPool() {
        return fake.seed(s -> s.identityPool("app", p -> p.id(FIXED_ID).cognitoProvider(USER_POOL, "client1")))
                .poolId("app");
    }

    private static GetPrincipalTagAttributeMapResponse get(CognitoIdentityClient cognito, String id, String provider) {
        return cognito.getPrincipalTagAttributeMap(b -> b.identityPoolId(id).identityProviderName(provider));
    }

    /** Asserts the error, then that the pool's user pool map is what it was before the call. */
    private static void assertRefused(
            CognitoIdentityClient cognito,
            String id,
            ThrowingCallable call,
            Class<? extends AwsServiceException> type,
            String code,
            String message) {
        GetPrincipalTagAttributeMapResponse before = get(cognito, id, USER_POOL);
        assertServiceError(call, type, 400, code, message);
        GetPrincipalTagAttributeMapResponse after = get(cognito, id, USER_POOL);
        assertThat(after.useDefaults()).isEqualTo(before.useDefaults());
        assertThat(after.principalTags()).isEqualTo(before.principalTags());
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
