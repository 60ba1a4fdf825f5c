package io.github.cognitofake.service;

import static io.github.cognitofake.assertj.CognitoIdentityFakeAssertions.assertThat;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.ADMIN;
import static io.github.cognitofake.testing.TestProviders.AUTH;
import static io.github.cognitofake.testing.TestProviders.CLIENT_ID;
import static io.github.cognitofake.testing.TestProviders.GOOGLE;
import static io.github.cognitofake.testing.TestProviders.GUEST;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static io.github.cognitofake.testing.TestProviders.USER_POOL_ID;
import static io.github.cognitofake.testing.TestProviders.USER_POOL_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.AUTHENTICATED_ROLE;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.CONTAINS;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.EQUALS;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.NOT_EQUAL;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.STARTS_WITH;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.seed.IdentityPoolSpec;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.StartingClock;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.tokens.CognitoIdTokenBuilder;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidIdentityPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * GetCredentialsForIdentity through the real SDK, sync and async: every rule of role resolution, the identity
 * rules as this operation meets them, the credentials and what the fake records of them.
 */
class GetCredentialsForIdentityTest {

    static final String READER = "arn:aws:iam::123456789012:role/Reader";
    static final String GOLD = "arn:aws:iam::123456789012:role/Gold";
    static final String OTHER = "arn:aws:iam::123456789012:role/Other";

    static final String GOOGLE_CLIENT = "1234-abc.apps.googleusercontent.com";
    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @RegisterExtension
    static final StartingClock TIME = new StartingClock(NOW);

    private static final TestClock CLOCK = TIME.clock();

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = TIME.fakes();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    /** A pool with both roles, guests allowed, the user pool and Google as providers, plus {@code more}. */
    private String pool(Consumer<IdentityPoolSpec> more) {
        return fake.seed(s -> s.identityPool("app", p -> {
                    p.authenticatedRole(AUTH)
                            .unauthenticatedRole(GUEST)
                            .allowUnauthenticatedIdentities(true)
                            .cognitoProvider(USER_POOL, CLIENT_ID)
                            .loginProvider(GOOGLE, GOOGLE_CLIENT);
                    more.accept(p);
                }))
                .poolId("app");
    }

    private static CognitoIdTokenBuilder user(String sub) {
        return Tokens.cognitoIdToken(USER_POOL_ID, CLIENT_ID).subject(sub).issuedAt(NOW);
    }

    private static ProviderToken googleUser(String sub, Map<String, Object> claims) {
        var builder = Tokens.googleIdToken(GOOGLE_CLIENT).subject(sub).issuedAt(NOW);
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static String identityOf(CognitoIdentityClient cognito, String poolId, ProviderToken token) {
        return cognito.getId(b -> b.identityPoolId(poolId).logins(token.asLogins()))
                .identityId();
    }

    /** GetId then GetCredentialsForIdentity with the same login, as an app signs a user in. */
    private static GetCredentialsForIdentityResponse signIn(
            CognitoIdentityClient cognito, String poolId, ProviderToken token, String customRoleArn) {
        String identityId = identityOf(cognito, poolId, token);
        return cognito.getCredentialsForIdentity(
                b -> b.identityId(identityId).logins(token.asLogins()).customRoleArn(customRoleArn));
    }

    private String roleOf(GetCredentialsForIdentityResponse response) {
        return fake.roleFor(response.credentials().accessKeyId()).orElseThrow();
    }

    // ---- Guests ------------------------------------------------------------------------------------

    @BothClients
    void aGuestGetsTheUnauthenticatedRole(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        GetCredentialsForIdentityResponse response = cognito.getCredentialsForIdentity(b -> b.identityId(guest));

        assertThat(response.identityId()).isEqualTo(guest);
        assertThat(roleOf(response)).isEqualTo(GUEST);
        assertThat(fake)
                .issuedCredentials()
                .forGuests()
                .singleElement()
                .isForIdentity(guest)
                .isInPool(poolId)
                .hasRole(GUEST)
                .isGuest()
                .hasSessionTags(Map.of());
        assertThat(roleOf(cognito.getCredentialsForIdentity(
                        b -> b.identityId(guest).logins(Map.of()))))
                .as("an empty Logins map is a guest call too")
                .isEqualTo(GUEST);
    }

    @BothClients
    void aGuestOfAPoolThatNoLongerAllowsGuestsIsRefused(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        cognito.updateIdentityPool(
                b -> b.identityPoolId(poolId).identityPoolName("app").allowUnauthenticatedIdentities(false));

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(guest)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
        assertThat(fake).issuedNoCredentials();
    }

    @BothClients
    void aGuestWithoutAnUnauthenticatedRoleMeetsAnInvalidConfiguration(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = fake.seed(s -> s.identityPool(
                        "app", p -> p.allowUnauthenticatedIdentities(true).authenticatedRole(AUTH)))
                .poolId("app");
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(guest)),
                InvalidIdentityPoolConfigurationException.class,
                400,
                "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
        assertThat(fake).issuedNoCredentials();
    }

    // ---- Logins without a role mapping ------------------------------------------------------------

    @BothClients
    void aLoginWithoutARoleMappingGetsTheAuthenticatedRoleWhateverItsTokenSays(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        ProviderToken alice = user("alice").group("admins", ADMIN, 1).build();

        GetCredentialsForIdentityResponse response = signIn(cognito, poolId, alice, null);

        assertThat(roleOf(response)).isEqualTo(AUTH);
        assertThat(fake)
                .issuedCredentialsFor(response.identityId())
                .singleElement()
                .hasProvider(USER_POOL);
    }

    @BothClients
    void customRoleArnIsIgnoredWithoutARoleMapping(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});

        assertThat(roleOf(signIn(cognito, poolId, user("alice").build(), ADMIN)))
                .isEqualTo(AUTH);
    }

    @BothClients
    void aLoginWithoutAnAuthenticatedRoleMeetsAnInvalidConfiguration(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = fake.seed(s ->
                        s.identityPool("app", p -> p.unauthenticatedRole(GUEST).cognitoProvider(USER_POOL, CLIENT_ID)))
                .poolId("app");
        ProviderToken alice = user("alice").build();
        String identityId = identityOf(cognito, poolId, alice);

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(identityId).logins(alice.asLogins())),
                InvalidIdentityPoolConfigurationException.class,
                400,
                "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
        assertThat(fake).issuedNoCredentials();
    }

    // ---- Token mappings ----------------------------------------------------------------------------

    @BothClients
    void aTokenMappingGivesThePreferredRole(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.tokenMapping(USER_POOL_KEY, DENY));
        ProviderToken alice = user("alice")
                .group("readers", READER, 5)
                .group("admins", ADMIN, 1)
                .build();

        assertThat(roleOf(signIn(cognito, poolId, alice, null))).isEqualTo(ADMIN);
    }

    @BothClients
    void aTokenMappingGivesTheCustomRoleArnWhenTheTokenHasItAmongItsRoles(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.tokenMapping(USER_POOL_KEY, DENY));
        ProviderToken alice = user("alice")
                .group("readers", READER, 5)
                .group("admins", ADMIN, 1)
                .build();

        assertThat(roleOf(signIn(cognito, poolId, alice, READER))).isEqualTo(READER);
    }

    @BothClients
    void aTokenMappingRefusesACustomRoleArnTheTokenDoesNotHave(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.tokenMapping(USER_POOL_KEY, AUTHENTICATED_ROLE));
        ProviderToken alice = user("alice").group("readers", READER, 5).build();
        String identityId = identityOf(cognito, poolId, alice);

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(identityId).logins(alice.asLogins()).customRoleArn(ADMIN)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "The CustomRoleArn " + ADMIN + " is not allowed by the role mapping rules for: " + USER_POOL_KEY + ".");
        assertThat(fake).issuedNoCredentials();
    }

    @BothClients
    void anAmbiguousTokenGetsTheAuthenticatedRoleWhenTheMappingSaysSo(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.tokenMapping(USER_POOL_KEY, AUTHENTICATED_ROLE));
        // Two groups share the best precedence with different roles: no cognito:preferred_role.
        ProviderToken alice = user("alice")
                .group("readers", READER, 1)
                .group("admins", ADMIN, 1)
                .build();
        assertThat(alice.claims()).doesNotContainKey("cognito:preferred_role");

        assertThat(roleOf(signIn(cognito, poolId, alice, null))).isEqualTo(AUTH);
    }

    @BothClients
    void anAmbiguousTokenIsDeniedWhenTheMappingSaysSo(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.tokenMapping(USER_POOL_KEY, DENY));
        ProviderToken alice = user("alice").build(); // no groups, no roles
        String identityId = identityOf(cognito, poolId, alice);

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(identityId).logins(alice.asLogins())),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "The ambiguous role mapping rules for: " + USER_POOL_KEY + " denied this request.");
        assertThat(fake).issuedNoCredentials();
    }

    // ---- Rules mappings ----------------------------------------------------------------------------

    @BothClients
    void rulesAreTriedInOrderAndTheFirstMatchWins(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.rulesMapping(
                USER_POOL_KEY,
                DENY,
                r -> r.when("custom:tier", EQUALS, "gold")
                        .assume(GOLD)
                        .when("custom:tier", STARTS_WITH, "g")
                        .assume(OTHER)));

        assertThat(roleOf(signIn(
                        cognito,
                        poolId,
                        user("gold").customAttribute("tier", "gold").build(),
                        null)))
                .as("both rules match; the first wins")
                .isEqualTo(GOLD);
        assertThat(roleOf(signIn(
                        cognito,
                        poolId,
                        user("green").customAttribute("tier", "green").build(),
                        null)))
                .isEqualTo(OTHER);
    }

    static Stream<Arguments> matchTypes() {
        List<Object[]> cases = List.of(
                new Object[] {EQUALS, "gold", "gold", true},
                new Object[] {EQUALS, "gold", "golden", false},
                new Object[] {EQUALS, "gold", "Gold", false},
                new Object[] {CONTAINS, "old", "golden", true},
                new Object[] {CONTAINS, "old", "silver", false},
                new Object[] {STARTS_WITH, "go", "golden", true},
                new Object[] {STARTS_WITH, "ol", "golden", false},
                new Object[] {NOT_EQUAL, "gold", "silver", true},
                new Object[] {NOT_EQUAL, "gold", "gold", false});
        return Stream.of(ClientKind.values())
                .flatMap(kind -> cases.stream().map(c -> Arguments.of(kind, c[0], c[1], c[2], c[3])));
    }

    @ParameterizedTest(name = "{0} {1} ''{2}'' on ''{3}'': match {4}")
    @MethodSource("matchTypes")
    void eachMatchTypeComparesTheClaimWithTheValue(
            ClientKind kind, MappingRuleMatchType matchType, String value, String claim, boolean matches) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.rulesMapping(
                USER_POOL_KEY,
                AUTHENTICATED_ROLE,
                r -> r.when("custom:tier", matchType, value).assume(GOLD)));

        String role = roleOf(
                signIn(cognito, poolId, user("u").customAttribute("tier", claim).build(), null));

        assertThat(role).isEqualTo(matches ? GOLD : AUTH);
    }

    @BothClients
    void aNotEqualRuleIsSkippedWhenTheTokenLacksTheClaim(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.rulesMapping(
                USER_POOL_KEY,
                AUTHENTICATED_ROLE,
                r -> r.when("custom:tier", NOT_EQUAL, "gold")
                        .assume(OTHER)
                        .when("email", CONTAINS, "@example.com")
                        .assume(READER)));

        assertThat(roleOf(
                        signIn(cognito, poolId, user("a").email("a@example.com").build(), null)))
                .as("NotEqual skipped, the next rule matches")
                .isEqualTo(READER);
        assertThat(roleOf(signIn(cognito, poolId, user("b").build(), null)))
                .as("NotEqual skipped, nothing matches: ambiguous")
                .isEqualTo(AUTH);
        assertThat(roleOf(signIn(
                        cognito,
                        poolId,
                        user("c").customAttribute("tier", "silver").build(),
                        null)))
                .isEqualTo(OTHER);
    }

    @BothClients
    void rulesReadGroupsAndClaimsOfOtherProviders(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.rulesMapping(
                        USER_POOL_KEY,
                        DENY,
                        r -> r.when("cognito:groups", CONTAINS, "admins").assume(ADMIN))
                .rulesMapping(
                        GOOGLE, DENY, r -> r.when("hd", EQUALS, "example.com").assume(READER)));

        assertThat(roleOf(signIn(
                        cognito,
                        poolId,
                        user("a").group("staff").group("admins").build(),
                        null)))
                .isEqualTo(ADMIN);
        assertThat(roleOf(signIn(cognito, poolId, googleUser("g-1", Map.of("hd", "example.com")), null)))
                .isEqualTo(READER);
        assertThat(fake)
                .issuedCredentials()
                .fromProvider(GOOGLE)
                .singleElement()
                .hasRole(READER);
    }

    @BothClients
    void noMatchingRuleIsDeniedWhenTheMappingSaysSo(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.rulesMapping(
                GOOGLE, DENY, r -> r.when("hd", EQUALS, "example.com").assume(READER)));
        ProviderToken outsider = googleUser("g-2", Map.of("hd", "elsewhere.org"));
        String identityId = identityOf(cognito, poolId, outsider);

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(identityId).logins(outsider.asLogins())),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "The ambiguous role mapping rules for: accounts.google.com denied this request.");
    }

    @BothClients
    void aRulesMappingAllowsTheCustomRoleArnOfAnyMatchingRuleOnly(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.rulesMapping(
                USER_POOL_KEY,
                DENY,
                r -> r.when("custom:tier", EQUALS, "gold")
                        .assume(GOLD)
                        .when("custom:tier", STARTS_WITH, "g")
                        .assume(OTHER)
                        .when("custom:tier", EQUALS, "silver")
                        .assume(READER)));
        ProviderToken gold = user("gold").customAttribute("tier", "gold").build();

        assertThat(roleOf(signIn(cognito, poolId, gold, OTHER))).isEqualTo(OTHER);
        assertServiceError(
                () -> signIn(cognito, poolId, gold, READER),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "The CustomRoleArn " + READER + " is not allowed by the role mapping rules for: " + USER_POOL_KEY
                        + ".");
    }

    // ---- Identity rules as this operation meets them -------------------------------------------------

    @BothClients
    void anExpiredTokenIsRefused(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        ProviderToken alice = user("alice").build();
        String identityId = identityOf(cognito, poolId, alice);
        CLOCK.set(alice.expiresAt().plusSeconds(5));

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(identityId).logins(alice.asLogins())),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Invalid login token. Token expired: " + CLOCK.instant().getEpochSecond() + " >= "
                        + alice.expiresAt().getEpochSecond());
        assertThat(fake).issuedNoCredentials();
    }

    @BothClients
    void anIdentityCalledWithOnlyTheLoginOfAnotherIdentityIsRefused(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        ProviderToken alice = user("alice").build();
        ProviderToken bob = user("bob").build();
        String aliceId = identityOf(cognito, poolId, alice);
        identityOf(cognito, poolId, bob);

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(aliceId).logins(bob.asLogins())),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        assertThat(fake).issuedNoCredentials();
    }

    @BothClients
    void anIdentityWithLoginsCalledWithoutThemIsRefused(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        String aliceId = identityOf(cognito, poolId, user("alice").build());

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(aliceId)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Access to Identity '" + aliceId + "' is forbidden.");
    }

    @BothClients
    void anUnknownIdentityIsNotFound(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        pool(p -> {});
        String unknown = "us-east-1:00000000-0000-4000-8000-000000000000";

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(unknown)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "Identity '" + unknown + "' not found.");
    }

    @BothClients
    void aMalformedRequestFailsValidation(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId("no-region")),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "1 validation error detected: Value 'no-region' at 'identityId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+");
    }

    @BothClients
    void aGuestCalledWithTheLoginOfAnotherIdentityIsMergedIntoIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        ProviderToken alice = user("alice").build();
        String aliceId = identityOf(cognito, poolId, alice);
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        GetCredentialsForIdentityResponse response =
                cognito.getCredentialsForIdentity(b -> b.identityId(guest).logins(alice.asLogins()));

        assertThat(response.identityId())
                .as("the call answers for the login's identity")
                .isEqualTo(aliceId);
        assertThat(fake)
                .issuedCredentials()
                .singleElement()
                .isForIdentity(aliceId)
                .hasRole(AUTH);
        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(guest)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Access to Identity '" + guest + "' is forbidden.");
    }

    @BothClients
    void aGuestThatBringsANewLoginBecomesAuthenticated(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        ProviderToken alice = user("alice").build();

        GetCredentialsForIdentityResponse response =
                cognito.getCredentialsForIdentity(b -> b.identityId(guest).logins(alice.asLogins()));

        assertThat(response.identityId()).isEqualTo(guest);
        assertThat(roleOf(response)).isEqualTo(AUTH);
        assertThat(cognito.describeIdentity(b -> b.identityId(guest)).logins()).containsExactly(USER_POOL);
        assertThat(identityOf(cognito, poolId, alice)).isEqualTo(guest);
    }

    // ---- A refused call changes nothing ---------------------------------------------------------------

    @BothClients
    void aDeniedRoleLinksNoNewLogin(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.tokenMapping(USER_POOL_KEY, DENY));
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        ProviderToken roleless = user("alice").build();
        DescribeIdentityResponse before = cognito.describeIdentity(b -> b.identityId(guest));

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(guest).logins(roleless.asLogins())),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "The ambiguous role mapping rules for: " + USER_POOL_KEY + " denied this request.");

        DescribeIdentityResponse after = cognito.describeIdentity(b -> b.identityId(guest));
        assertThat(after.hasLogins()).as("no login linked").isFalse();
        assertThat(after.lastModifiedDate()).isEqualTo(before.lastModifiedDate());
        assertThat(roleOf(cognito.getCredentialsForIdentity(b -> b.identityId(guest))))
                .as("still a guest")
                .isEqualTo(GUEST);
        assertThat(fake.issuedCredentials()).hasSize(1);
    }

    @BothClients
    void aDeniedRoleMergesNoGuest(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.tokenMapping(USER_POOL_KEY, DENY));
        ProviderToken roleless = user("alice").build();
        String aliceId = identityOf(cognito, poolId, roleless);
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(guest).logins(roleless.asLogins())),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "The ambiguous role mapping rules for: " + USER_POOL_KEY + " denied this request.");

        assertThat(roleOf(cognito.getCredentialsForIdentity(b -> b.identityId(guest))))
                .as("the guest was not merged, so not disabled")
                .isEqualTo(GUEST);
        assertThat(cognito.listIdentities(
                                b -> b.identityPoolId(poolId).maxResults(10).hideDisabled(true))
                        .identities())
                .extracting(i -> i.identityId())
                .containsExactlyInAnyOrder(aliceId, guest);
    }

    // ---- The credentials ---------------------------------------------------------------------------

    @BothClients
    void credentialsLookLikeStsCredentialsAndExpireAnHourAheadOfTheFakesClock(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        CLOCK.set(NOW.plusMillis(1500));

        Credentials credentials =
                cognito.getCredentialsForIdentity(b -> b.identityId(guest)).credentials();

        assertThat(credentials.accessKeyId()).matches("ASIA[A-Z2-7]{16}").hasSize(20);
        assertThat(credentials.secretKey()).hasSize(40);
        assertThat(credentials.sessionToken()).startsWith("IQoJb3JpZ2luX2Vj").hasSizeGreaterThan(500);
        assertThat(credentials.expiration())
                .as("whole seconds, one hour on")
                .isEqualTo(NOW.plusSeconds(1).plus(Duration.ofHours(1)));
        assertThat(fake)
                .issuedCredentials()
                .singleElement()
                .hasAccessKeyId(credentials.accessKeyId())
                .expiresAt(credentials.expiration());
        assertThat(fake.issuedCredentials(credentials.accessKeyId()).map(IssuedCredentials::issuedAt))
                .contains(NOW.plusSeconds(1));
    }

    @BothClients
    void everyCallGetsNewUniqueCredentials(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        Set<String> keys = new HashSet<>();
        Set<String> secrets = new HashSet<>();

        for (int i = 0; i < 50; i++) {
            Credentials credentials =
                    cognito.getCredentialsForIdentity(b -> b.identityId(guest)).credentials();
            keys.add(credentials.accessKeyId());
            secrets.add(credentials.secretKey());
        }

        assertThat(keys).hasSize(50);
        assertThat(secrets).hasSize(50);
        assertThat(fake).issuedCredentialsFor(guest).times(50).allWithRole(GUEST);
    }

    // ---- Session tags ------------------------------------------------------------------------------

    @BothClients
    void credentialsCarryThePrincipalTagsOfTheDecidingLogin(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> p.rulesMapping(
                USER_POOL_KEY, DENY, r -> r.when("custom:tier", EQUALS, "gold").assume(GOLD)));
        Map<String, String> tagClaims = new LinkedHashMap<>();
        tagClaims.put("tier", "custom:tier");
        tagClaims.put("verified", "email_verified");
        tagClaims.put("groups", "cognito:groups");
        tagClaims.put("dept", "custom:department");
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(poolId).identityProviderName(USER_POOL).principalTags(tagClaims));
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(poolId).identityProviderName(GOOGLE).useDefaults(true));
        ProviderToken alice = user("alice")
                .email("alice@example.com")
                .group("admins")
                .customAttribute("tier", "gold")
                .build();
        ProviderToken google = googleUser("g-1", Map.of());
        String identityId = identityOf(cognito, poolId, alice);

        cognito.getCredentialsForIdentity(b -> b.identityId(identityId).logins(Tokens.logins(google, alice)));

        // Alice's user pool login has the role mapping, so it decides, and only its tags are carried. A list
        // claim (cognito:groups) and a claim the token lacks give no tag; a boolean gives its text.
        assertThat(fake)
                .issuedCredentials()
                .singleElement()
                .hasRole(GOLD)
                .hasProvider(USER_POOL)
                .hasSessionTags(Map.of("tier", "gold", "verified", "true"));
    }

    @BothClients
    void theDefaultPrincipalTagsOfAUserPoolAreTheUserAndTheAppClient(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = pool(p -> {});
        cognito.setPrincipalTagAttributeMap(
                b -> b.identityPoolId(poolId).identityProviderName(USER_POOL).useDefaults(true));

        signIn(cognito, poolId, user("alice-sub").build(), null);

        assertThat(fake)
                .issuedCredentials()
                .singleElement()
                .hasSessionTags(Map.of("username", "alice-sub", "client", CLIENT_ID))
                .hasSessionTag("client", CLIENT_ID);
    }
}
