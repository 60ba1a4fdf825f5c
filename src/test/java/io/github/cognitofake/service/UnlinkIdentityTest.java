package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.CLIENT_ID;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.TestProviders.GOOGLE;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static io.github.cognitofake.testing.TestTokens.claims;
import static io.github.cognitofake.testing.TestTokens.idToken;
import static io.github.cognitofake.testing.TestTokens.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.RawHttp;
import io.github.cognitofake.testing.StartingClock;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.TestPools;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.UnlinkIdentityResponse;

/**
 * UnlinkIdentity through the real SDK: who may unlink, what unlinking frees, and the identity that loses its
 * last login.
 */
class UnlinkIdentityTest {

    private static final TestPools.Spec POOL = TestPools.pool("app")
            .guests()
            .facebook("fb-app")
            .google("google-client")
            .userPool(CLIENT_ID);

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final String LOGINS_DO_NOT_MATCH =
            "Logins don't match. Please include at least one valid login for this identity or identity pool.";

    @RegisterExtension
    static final StartingClock TIME = new StartingClock(NOW);

    private static final TestClock CLOCK = TIME.clock();

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = TIME.fakes();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private static String alice() {
        return idToken(USER_POOL, "client1", "alice");
    }

    private static String getId(CognitoIdentityClient cognito, String poolId, Map<String, String> logins) {
        return cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId();
    }

    @BothClients
    void unlinksAProviderSoThatItsLoginFindsANewIdentity(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String aliceId = getId(cognito, poolId, Map.of(USER_POOL, alice(), FACEBOOK, "fb-alice"));
        CLOCK.set(NOW.plusSeconds(30));

        UnlinkIdentityResponse answer = cognito.unlinkIdentity(
                b -> b.identityId(aliceId).logins(Map.of(USER_POOL, alice())).loginsToRemove(FACEBOOK));

        assertThat(answer.sdkHttpResponse().statusCode()).isEqualTo(200);
        DescribeIdentityResponse described = cognito.describeIdentity(b -> b.identityId(aliceId));
        assertThat(described.logins()).containsExactly(USER_POOL);
        assertThat(described.lastModifiedDate()).isEqualTo(NOW.plusSeconds(30));
        assertThat(getId(cognito, poolId, Map.of(USER_POOL, alice()))).isEqualTo(aliceId);
        assertThat(getId(cognito, poolId, Map.of(FACEBOOK, "fb-alice"))).isNotEqualTo(aliceId);
    }

    @BothClients
    void disablesTheIdentityThatLosesItsLastLogin(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String aliceId = getId(cognito, poolId, Map.of(USER_POOL, alice()));

        cognito.unlinkIdentity(
                b -> b.identityId(aliceId).logins(Map.of(USER_POOL, alice())).loginsToRemove(USER_POOL));

        assertThat(cognito.describeIdentity(b -> b.identityId(aliceId)).hasLogins())
                .isFalse();
        assertThat(cognito.listIdentities(
                                b -> b.identityPoolId(poolId).maxResults(10).hideDisabled(true))
                        .identities())
                .isEmpty();
        assertThat(cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(10))
                        .identities())
                .extracting(IdentityDescription::identityId)
                .containsExactly(aliceId);
        assertServiceError(
                () -> cognito.getOpenIdToken(b -> b.identityId(aliceId).logins(Map.of(USER_POOL, alice()))),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Access to Identity '" + aliceId + "' is forbidden.");
        assertServiceError(
                () -> cognito.getOpenIdToken(b -> b.identityId(aliceId)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Access to Identity '" + aliceId + "' is forbidden.");
        assertThat(getId(cognito, poolId, Map.of(USER_POOL, alice()))).isNotEqualTo(aliceId);
    }

    @BothClients
    void ignoresProvidersTheIdentityHasNoLoginOfAndLoginsOfNobody(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String aliceId = getId(cognito, poolId, Map.of(USER_POOL, alice()));
        DescribeIdentityResponse before = cognito.describeIdentity(b -> b.identityId(aliceId));
        CLOCK.set(NOW.plusSeconds(30));
        String newGoogleUser = jwt(claims("https://accounts.google.com", "google-client", "g-new"));

        cognito.unlinkIdentity(b -> b.identityId(aliceId)
                .logins(Map.of(USER_POOL, alice(), GOOGLE, newGoogleUser))
                .loginsToRemove("www.amazon.com", GOOGLE));
        cognito.unlinkIdentity(
                b -> b.identityId(aliceId).logins(Map.of(USER_POOL, alice())).loginsToRemove(List.of()));

        assertThat(cognito.describeIdentity(b -> b.identityId(aliceId))).hasToString(before.toString());
        assertThat(getId(cognito, poolId, Map.of(GOOGLE, newGoogleUser)))
                .as("not linked by unlinking")
                .isNotEqualTo(aliceId);
    }

    @BothClients
    void acceptsTheIdentitysOwnOpenIdTokenAsItsLogin(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String aliceId = getId(cognito, poolId, Map.of(USER_POOL, alice(), FACEBOOK, "fb-alice"));
        String token = cognito.getOpenIdToken(b -> b.identityId(aliceId).logins(Map.of(USER_POOL, alice())))
                .token();

        cognito.unlinkIdentity(b -> b.identityId(aliceId)
                .logins(Map.of("cognito-identity.amazonaws.com", token))
                .loginsToRemove(USER_POOL));

        assertThat(cognito.describeIdentity(b -> b.identityId(aliceId)).logins())
                .containsExactly(FACEBOOK);
    }

    @BothClients
    void refusesCallersThatAreNotTheIdentity(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String aliceId = getId(cognito, poolId, Map.of(USER_POOL, alice(), FACEBOOK, "fb-alice"));
        getId(cognito, poolId, Map.of(FACEBOOK, "fb-bob"));
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        assertServiceError(
                () -> cognito.unlinkIdentity(b ->
                        b.identityId(unknown).logins(Map.of(USER_POOL, alice())).loginsToRemove(USER_POOL)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "Identity '" + unknown + "' not found.");
        assertRefusedAndUnchanged(
                cognito,
                aliceId,
                () -> cognito.unlinkIdentity(
                        b -> b.identityId(aliceId).logins(Map.of()).loginsToRemove(FACEBOOK)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                LOGINS_DO_NOT_MATCH);
        assertRefusedAndUnchanged(
                cognito,
                aliceId,
                () -> cognito.unlinkIdentity(b -> b.identityId(aliceId)
                        .logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "nobody-yet")))
                        .loginsToRemove(FACEBOOK)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                LOGINS_DO_NOT_MATCH);
        assertRefusedAndUnchanged(
                cognito,
                aliceId,
                () -> cognito.unlinkIdentity(b -> b.identityId(aliceId)
                        .logins(Map.of(USER_POOL, alice(), FACEBOOK, "fb-bob"))
                        .loginsToRemove(FACEBOOK)),
                ResourceConflictException.class,
                "ResourceConflictException",
                "Login is already linked to another identity.");
        assertRefusedAndUnchanged(
                cognito,
                aliceId,
                () -> cognito.unlinkIdentity(b -> b.identityId(aliceId)
                        .logins(Map.of(USER_POOL, idToken(USER_POOL, "client9", "alice")))
                        .loginsToRemove(FACEBOOK)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
        assertRefusedAndUnchanged(
                cognito,
                guest,
                () -> cognito.unlinkIdentity(
                        b -> b.identityId(guest).logins(Map.of()).loginsToRemove(FACEBOOK)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                LOGINS_DO_NOT_MATCH);
    }

    @BothClients
    void refusesADisabledIdentity(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        getId(cognito, poolId, Map.of(FACEBOOK, "fb-alice"));
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        // A guest that brings another identity's login is merged into it and disabled.
        cognito.getOpenIdToken(b -> b.identityId(guest).logins(Map.of(FACEBOOK, "fb-alice")));

        assertRefusedAndUnchanged(
                cognito,
                guest,
                () -> cognito.unlinkIdentity(b ->
                        b.identityId(guest).logins(Map.of(FACEBOOK, "fb-alice")).loginsToRemove(FACEBOOK)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Access to Identity '" + guest + "' is forbidden.");
    }

    @Test
    void answersWithAnEmptyBodyAndNeedsNoSignature() {
        CognitoIdentityClient cognito = fake.client();
        String poolId = POOL.create(cognito);
        String aliceId = getId(cognito, poolId, Map.of(USER_POOL, alice(), FACEBOOK, "fb-alice"));

        RawHttp.Response response = RawHttp.to(fake)
                .operation("UnlinkIdentity")
                .without("Authorization")
                .send("{\"IdentityId\":\"" + aliceId + "\",\"Logins\":{\"" + USER_POOL + "\":\"" + alice()
                        + "\"},\"LoginsToRemove\":[\"" + FACEBOOK + "\"]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(cognito.describeIdentity(b -> b.identityId(aliceId)).logins())
                .containsExactly(USER_POOL);
    }

    private static <T extends AwsServiceException> void assertRefusedAndUnchanged(
            CognitoIdentityClient cognito,
            String identityId,
            ThrowingCallable call,
            Class<T> type,
            String code,
            String message) {
        DescribeIdentityResponse before = cognito.describeIdentity(b -> b.identityId(identityId));
        assertServiceError(call, type, 400, code, message);
        assertThat(cognito.describeIdentity(b -> b.identityId(identityId))).hasToString(before.toString());
    }
}
