package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.testing.ServiceErrors.assertInternalError;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.CLIENT_ID;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static io.github.cognitofake.testing.TestTokens.claims;
import static io.github.cognitofake.testing.TestTokens.idToken;
import static io.github.cognitofake.testing.TestTokens.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.StartingClock;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.TestPools;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/** {@link IdentityService#resolve} and the other identity rules phase-2 operations build on. */
class IdentityResolutionTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @RegisterExtension
    static final StartingClock TIME = new StartingClock(NOW);

    private static final TestClock CLOCK = TIME.clock();

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = TIME.fakes();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private CognitoIdentityClient cognito;
    private IdentityService identities;
    private String poolId;

    @BeforeEach
    void createPool() {
        cognito = fake.client();
        identities = EngineAccess.of(fake).service().identities();
        poolId = TestPools.pool("app")
                .guests()
                .facebook("fb-app")
                .userPool(CLIENT_ID)
                .create(cognito);
    }

    private String guest() {
        return cognito.getId(b -> b.identityPoolId(poolId)).identityId();
    }

    private String withLogins(Map<String, String> logins) {
        return cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
    }

    private static void assertRefused(ThrowingCallable call, String code, String message) {
        assertInternalError(call, 400, code, message);
    }

    @Test
    void resolvesAGuestCallForAGuestIdentity() {
        String id = guest();

        ResolvedIdentity resolved = identities.resolve(id, null);

        assertThat(resolved.identity().identityId()).isEqualTo(id);
        assertThat(resolved.authenticated()).isFalse();
        assertThat(resolved.logins()).isEmpty();
        assertThat(resolved.pool().pool().identityPoolId()).isEqualTo(poolId);
        assertThat(resolved.mergedGuestIdentityId()).isEmpty();
    }

    @Test
    void refusesUnknownIdentitiesAndGuestsOfPoolsThatNoLongerAllowThem() {
        String id = guest();
        String unknown = "us-east-1:11111111-1111-4111-8111-111111111111";
        assertRefused(
                () -> identities.resolve(unknown, Map.of()),
                "ResourceNotFoundException",
                "Identity '" + unknown + "' not found.");

        cognito.updateIdentityPool(b -> b.identityPoolId(poolId)
                .identityPoolName("app")
                .allowUnauthenticatedIdentities(false)
                .supportedLoginProviders(Map.of(FACEBOOK, "fb-app")));

        assertRefused(
                () -> identities.resolve(id, Map.of()),
                "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
    }

    @Test
    void anIdentityWithLoginsNeedsOneOfThem() {
        String id = withLogins(Map.of(FACEBOOK, "ann"));

        assertRefused(
                () -> identities.resolve(id, Map.of()),
                "NotAuthorizedException",
                "Access to Identity '" + id + "' is forbidden.");
        assertRefused(
                () -> identities.resolve(id, Map.of(USER_POOL, idToken(USER_POOL, "client1", "ann"))),
                "NotAuthorizedException",
                "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        assertThat(identities.resolve(id, Map.of(FACEBOOK, "ann")).identity().logins())
                .containsOnlyKeys(FACEBOOK);
    }

    @Test
    void linksNewLoginsBroughtWithAKnownOneAndReturnsTheirClaims() {
        String id = withLogins(Map.of(FACEBOOK, "ann"));
        CLOCK.set(NOW.plusSeconds(5));

        Map<String, String> logins = new LinkedHashMap<>();
        logins.put(FACEBOOK, "ann");
        logins.put(USER_POOL, idToken(USER_POOL, "client1", "ann-sub"));

        ResolvedIdentity resolved = identities.resolve(id, logins);

        assertThat(resolved.identity().logins()).containsEntry(FACEBOOK, "ann").containsEntry(USER_POOL, "ann-sub");
        assertThat(resolved.identity().lastModifiedDate()).isEqualTo(NOW.plusSeconds(5));
        VerifiedLogin userPool = resolved.logins().get(1);
        assertThat(userPool.roleMappingKey()).isEqualTo(USER_POOL + ":client1");
        assertThat(userPool.claims()).containsEntry("token_use", "id").containsEntry("sub", "ann-sub");
        assertThat(resolved.logins().get(0).roleMappingKey()).isEqualTo(FACEBOOK);
        assertThat(identities.findByLogin(poolId, USER_POOL, "ann-sub"))
                .map(Identity::identityId)
                .contains(id);
    }

    @Test
    void aGuestThatLogsInBecomesAuthenticated() {
        String id = guest();

        ResolvedIdentity resolved = identities.resolve(id, Map.of(FACEBOOK, "ben"));

        assertThat(resolved.identity().identityId()).isEqualTo(id);
        assertThat(resolved.authenticated()).isTrue();
        assertThat(resolved.identity().isAuthenticated()).isTrue();
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "ben")))
                        .identityId())
                .isEqualTo(id);
    }

    @Test
    void aGuestWithAnotherIdentitysLoginIsMergedIntoItAndDisabled() {
        String owner = withLogins(Map.of(FACEBOOK, "cat"));
        String guest = guest();

        ResolvedIdentity resolved = identities.resolve(guest, Map.of(FACEBOOK, "cat"));

        assertThat(resolved.identity().identityId()).isEqualTo(owner);
        assertThat(resolved.mergedGuestIdentityId()).contains(guest);
        assertRefused(
                () -> identities.resolve(guest, Map.of()),
                "NotAuthorizedException",
                "Access to Identity '" + guest + "' is forbidden.");
        assertThat(EngineAccess.of(fake).service().pools().findIdentity(guest))
                .get()
                .extracting(Identity::disabled)
                .isEqualTo(true);
    }

    @Test
    void anAuthenticatedIdentityWithAnotherIdentitysLoginIsMergedIntoThatOne() {
        String dan = withLogins(Map.of(FACEBOOK, "dan"));
        String other = withLogins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "eve")));

        ResolvedIdentity resolved = identities.resolve(
                other, new LinkedHashMap<>(Map.of(USER_POOL, idToken(USER_POOL, "client1", "eve"), FACEBOOK, "dan")));

        assertThat(resolved.identity().identityId()).isEqualTo(dan);
        assertThat(resolved.mergedGuestIdentityId()).contains(other);
        assertThat(EngineAccess.of(fake)
                        .service()
                        .pools()
                        .findIdentity(dan)
                        .orElseThrow()
                        .logins())
                .containsOnlyKeys(FACEBOOK, USER_POOL);
        assertThat(EngineAccess.of(fake)
                        .service()
                        .pools()
                        .findIdentity(other)
                        .orElseThrow()
                        .disabled())
                .isTrue();
    }

    @Test
    void acceptsTheFakesOwnDeveloperTokenForItsIdentity() {
        String id = guest();
        Map<String, Object> developer = claims(LoginVerifier.DEVELOPER_ISSUER, poolId, id);
        Map<String, Object> otherPool = claims(LoginVerifier.DEVELOPER_ISSUER, "us-east-1:other", id);

        ResolvedIdentity resolved = identities.resolve(id, Map.of(LoginVerifier.DEVELOPER_PROVIDER, jwt(developer)));

        assertThat(resolved.identity().identityId()).isEqualTo(id);
        assertThat(resolved.identity().logins())
                .as("a developer token names its identity, it is not linked")
                .isEmpty();
        assertThat(resolved.logins().get(0).isDeveloperLogin()).isTrue();
        assertServiceError(
                () -> withLogins(Map.of(LoginVerifier.DEVELOPER_PROVIDER, jwt(developer))),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Invalid login token. Can't pass in a Cognito token.");
        assertRefused(
                () -> identities.resolve(id, Map.of(LoginVerifier.DEVELOPER_PROVIDER, jwt(otherPool))),
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
    }

    @Test
    void createsIdentitiesWithGivenLoginsOnce() {
        Identity created = identities.createIdentity(poolId, Map.of("login.example.dev", "user-1"));

        assertThat(created.identityId()).startsWith("us-east-1:");
        assertThat(identities.findByLogin(poolId, "login.example.dev", "user-1"))
                .contains(created);
        assertRefused(
                () -> identities.createIdentity(poolId, Map.of("login.example.dev", "user-1")),
                "ResourceConflictException",
                "Login is already linked to another identity.");
        assertRefused(
                () -> identities.createIdentity("us-east-1:00000000-0000-0000-0000-000000000000", Map.of()),
                "ResourceNotFoundException",
                "IdentityPool 'us-east-1:00000000-0000-0000-0000-000000000000' not found.");
        assertThat(identities.findByLogin(poolId, "login.example.dev", "user-2"))
                .isEmpty();
    }
}
