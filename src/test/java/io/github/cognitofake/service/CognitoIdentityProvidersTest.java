package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;

/**
 * The entries of CognitoIdentityProviders the service refuses although the model allows them (issue 16,
 * findings 1 and 2): such an entry used to be stored, and every later call that checked Logins on the pool
 * failed with a 500.
 */
class CognitoIdentityProvidersTest {

    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123";
    private static final String INVALID_PROVIDER = "Invalid Cognito Identity Provider";

    private final CognitoIdentityFake fake = CognitoIdentityFake.create();

    @AfterEach
    void close() {
        fake.close();
    }

    static Stream<Arguments> refusedEntries() {
        return Stream.of(ClientKind.values())
                .flatMap(kind -> Stream.of(
                        Arguments.of(kind, "no ProviderName", provider(null, "c1")),
                        Arguments.of(kind, "neither member", provider(null, null)),
                        Arguments.of(kind, "a social provider's domain", provider("graph.facebook.com", "c1")),
                        Arguments.of(kind, "a bare word", provider("p", "c1")),
                        Arguments.of(kind, "no user pool id", provider("cognito-idp.us-east-1.amazonaws.com", "c1")),
                        Arguments.of(
                                kind, "an empty user pool id", provider("cognito-idp.us-east-1.amazonaws.com/", "c1")),
                        Arguments.of(
                                kind,
                                "a user pool id without '_'",
                                provider("cognito-idp.us-east-1.amazonaws.com/abc", "c1")),
                        Arguments.of(
                                kind,
                                "another host",
                                provider("cognito-idp.us-east-1.example.com/us-east-1_Abc", "c1")),
                        Arguments.of(kind, "a path after the id", provider(USER_POOL + "/x", "c1")),
                        Arguments.of(kind, "the login key (with the client id)", provider(USER_POOL + ":c1", "c1")),
                        // UNCONFIRMED: nothing was found on an entry without ClientId; the same refusal.
                        Arguments.of(kind, "no ClientId", provider(USER_POOL, null))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedEntries")
    void createRefusesTheEntryAndStoresNothing(ClientKind kind, String why, CognitoIdentityProvider entry) {
        CognitoIdentityClient cognito = kind.client(fake);

        assertServiceError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName("p")
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(entry)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                INVALID_PROVIDER);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .as("no pool was created")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedEntries")
    void updateRefusesTheEntryAndKeepsThePoolAndItsLogins(ClientKind kind, String why, CognitoIdentityProvider entry) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName("p")
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(Map.of("graph.facebook.com", "fb-app"))
                        .cognitoIdentityProviders(provider(USER_POOL, "client1")))
                .identityPoolId();
        ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                .subject("alice")
                .build();
        String identity = cognito.getId(b -> b.identityPoolId(poolId).logins(alice.asLogins()))
                .identityId();
        String before =
                cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).toString();

        assertServiceError(
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                        .identityPoolName("p")
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(Map.of("graph.facebook.com", "fb-app"))
                        .cognitoIdentityProviders(provider(USER_POOL, "client1"), entry)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                INVALID_PROVIDER);

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).toString())
                .as("the pool is unchanged")
                .isEqualTo(before);
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(alice.asLogins()))
                        .identityId())
                .as("the login that worked still works")
                .isEqualTo(identity);
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", "t")))
                        .identityId())
                .as("a login of another provider is not a 500")
                .isNotEqualTo(identity);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void updateChecksTheEntriesBeforeItLooksThePoolUp(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        assertServiceError(
                () -> cognito.updateIdentityPool(b -> b.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")
                        .identityPoolName("p")
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(
                                CognitoIdentityProvider.builder().build())),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                INVALID_PROVIDER);
    }

    /** Finding 2: with a provider without ClientId, the literal key {@code <user pool>:null} was a valid mapping. */
    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void theRoleMappingKeyOfAProviderWithoutClientIdNeverExists(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName("p")
                        .allowUnauthenticatedIdentities(false)
                        .cognitoIdentityProviders(provider(USER_POOL, "client1")))
                .identityPoolId();
        assertServiceError(
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                        .identityPoolName("p")
                        .allowUnauthenticatedIdentities(false)
                        .cognitoIdentityProviders(provider(USER_POOL, null))),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                INVALID_PROVIDER);
        RoleMapping token = RoleMapping.builder()
                .type(RoleMappingType.TOKEN)
                .ambiguousRoleResolution("Deny")
                .build();

        assertServiceError(
                () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                        .roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth"))
                        .roleMappings(Map.of(USER_POOL + ":null", token))),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "(" + USER_POOL + ":null) is not a valid RoleMapping ProviderName or is not a configured provider.");
        assertThat(cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId)).hasRoleMappings())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void acceptsTheUserPoolNamesOfEveryPartition(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<CognitoIdentityProvider> providers = List.of(
                provider(USER_POOL, "client1"),
                provider("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Xyz", "c_2"),
                provider("cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_aB9", "c3"),
                provider("cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_Abc", "c4"),
                provider("cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Abc", "c5"));

        String poolId = cognito.createIdentityPool(b -> b.identityPoolName("p")
                        .allowUnauthenticatedIdentities(false)
                        .cognitoIdentityProviders(providers))
                .identityPoolId();

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).cognitoIdentityProviders())
                .extracting(CognitoIdentityProvider::providerName)
                .containsExactlyElementsOf(providers.stream()
                        .map(CognitoIdentityProvider::providerName)
                        .toList());
    }

    private static CognitoIdentityProvider provider(String name, String clientId) {
        return CognitoIdentityProvider.builder()
                .providerName(name)
                .clientId(clientId)
                .build();
    }
}
