package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.APPLE;
import static io.github.cognitofake.testing.TestProviders.CLIENT_ID;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.TestProviders.GOOGLE;
import static io.github.cognitofake.testing.TestProviders.OIDC;
import static io.github.cognitofake.testing.TestProviders.OIDC_ARN;
import static io.github.cognitofake.testing.TestProviders.SAML_ARN;
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
import io.github.cognitofake.testing.StartingClock;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.TestPools;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** GetId through the real SDK: guests, the login rules, linking, and what the fake checks in tokens. */
class GetIdTest {

    /** The pool of these tests, guests aside: every kind of provider, two app clients of the user pool. */
    static final TestPools.Spec POOL = TestPools.pool("app")
            .facebook("fb-app")
            .google("google-client;other-client")
            .apple("com.example.app")
            .userPool(CLIENT_ID, "client2")
            .openIdConnect(OIDC_ARN)
            .saml(SAML_ARN);

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final String ID_PATTERN = "us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @RegisterExtension
    static final StartingClock TIME = new StartingClock(NOW);

    private static final TestClock CLOCK = TIME.clock();

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = TIME.fakes();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private static int identityCount(CognitoIdentityClient cognito, String poolId) {
        return cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(60))
                .identities()
                .size();
    }

    @BothClients
    void givesEveryGuestCallANewIdentityWhenThePoolAllowsGuests(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.guests().create(cognito);

        String first = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        String second =
                cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of())).identityId();

        assertThat(first).matches(ID_PATTERN).isNotEqualTo(second);
        DescribeIdentityResponse described = cognito.describeIdentity(b -> b.identityId(first));
        assertThat(described.identityId()).isEqualTo(first);
        assertThat(described.hasLogins()).as("a guest has no Logins").isFalse();
        assertThat(described.creationDate()).isEqualTo(NOW);
        assertThat(described.lastModifiedDate()).isEqualTo(NOW);
    }

    @BothClients
    void refusesGuestsWhenThePoolDoesNotAllowThem(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
    }

    @BothClients
    void answersNotFoundForAnUnknownPoolOrAnotherAccount(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.guests().create(cognito);
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        assertServiceError(
                () -> cognito.getId(b -> b.identityPoolId(unknown)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + unknown + "' not found.");
        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId).accountId("210987654321")),
                ResourceNotFoundException.class,
                "ResourceNotFoundException",
                "IdentityPool '" + poolId + "' not found.");
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).accountId(fake.accountId()))
                        .identityId())
                .matches(ID_PATTERN);
    }

    @BothClients
    void mapsTheSameLoginToTheSameIdentityAndOtherUsersToOthers(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        String alice = cognito.getId(
                        b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "alice"))))
                .identityId();
        String aliceAgain = cognito.getId(
                        b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, idToken(USER_POOL, "client2", "alice"))))
                .identityId();
        String bob = cognito.getId(
                        b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "bob"))))
                .identityId();

        assertThat(aliceAgain).as("the user, not the app client, is the login").isEqualTo(alice);
        assertThat(bob).matches(ID_PATTERN).isNotEqualTo(alice);
        assertThat(cognito.describeIdentity(b -> b.identityId(alice)).logins()).containsExactly(USER_POOL);
        assertThat(identityCount(cognito, poolId)).isEqualTo(2);
    }

    @BothClients
    void linksSeveralLoginsOfOneCallToOneIdentityAndLaterLoginsToIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String facebookToken = "EAAB-opaque-facebook-token";

        String both = cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "alice"), FACEBOOK, facebookToken)))
                .identityId();
        CLOCK.set(NOW.plusSeconds(60));
        String viaGoogle = cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(
                                FACEBOOK,
                                facebookToken,
                                GOOGLE,
                                jwt(claims("https://accounts.google.com", "other-client", "g-1")))))
                .identityId();

        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, facebookToken)))
                        .identityId())
                .isEqualTo(both);
        assertThat(viaGoogle).isEqualTo(both);
        DescribeIdentityResponse described = cognito.describeIdentity(b -> b.identityId(both));
        assertThat(described.logins()).containsExactlyInAnyOrder(USER_POOL, FACEBOOK, GOOGLE);
        assertThat(described.creationDate()).isEqualTo(NOW);
        assertThat(described.lastModifiedDate()).isEqualTo(NOW.plusSeconds(60));
        assertThat(identityCount(cognito, poolId)).isEqualTo(1);
    }

    @BothClients
    void refusesLoginsThatBelongToDifferentIdentities(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String alice = cognito.getId(
                        b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "alice"))))
                .identityId();
        String bob = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "bob-at-facebook")))
                .identityId();
        String carolAndBob = cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "carol"), FACEBOOK, "bob-at-facebook")))
                .identityId();
        assertThat(carolAndBob)
                .as("a new login joins the identity of the known one")
                .isEqualTo(bob);

        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(
                                USER_POOL, idToken(USER_POOL, "client1", "alice"), FACEBOOK, "bob-at-facebook"))),
                ResourceConflictException.class,
                "ResourceConflictException",
                "Login is already linked to another identity.");
        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "dave"), FACEBOOK, "bob-at-facebook"))),
                ResourceConflictException.class,
                "ResourceConflictException",
                "Login is already linked to another identity.");
        assertThat(cognito.describeIdentity(b -> b.identityId(alice)).logins()).containsExactly(USER_POOL);
        assertThat(cognito.describeIdentity(b -> b.identityId(bob)).logins()).containsExactly(FACEBOOK, USER_POOL);
    }

    @BothClients
    void refusesProvidersThePoolDoesNotHave(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.guests().create(cognito);
        String bare = TestPools.withGuests(cognito, "bare");
        String otherUserPool = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Other";

        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(otherUserPool, idToken(otherUserPool, "client1", "alice")))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("www.amazon.com", "amzn-token"))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
        assertRefusedAndUnchanged(
                cognito,
                bare,
                () -> cognito.getId(b -> b.identityPoolId(bare).logins(Map.of(FACEBOOK, "token"))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Logins don't match. Please include at least one valid login for this identity or identity pool.");
    }

    @BothClients
    void checksUserPoolTokensLikeCognito(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        Map<String, Object> expired = claims("https://" + USER_POOL, "client1", "alice");
        expired.put("exp", NOW.getEpochSecond());
        Map<String, Object> accessToken = claims("https://" + USER_POOL, "client1", "alice");
        accessToken.remove("aud");
        accessToken.put("client_id", "client1");
        Map<String, Object> noSubject = claims("https://" + USER_POOL, "client1", "alice");
        noSubject.remove("sub");

        assertLoginRefused(
                cognito,
                poolId,
                USER_POOL,
                jwt(expired),
                "Invalid login token. Token expired: " + NOW.getEpochSecond() + " >= " + NOW.getEpochSecond());
        assertLoginRefused(
                cognito, poolId, USER_POOL, jwt(accessToken), "Invalid login token. Missing a required claim: aud");
        assertLoginRefused(
                cognito,
                poolId,
                USER_POOL,
                idToken(USER_POOL, "client3", "alice"),
                "Token is not from a supported provider of this identity pool.");
        assertLoginRefused(
                cognito,
                poolId,
                USER_POOL,
                jwt(claims("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other", "client1", "alice")),
                "Invalid login token. Issuer doesn't match providerName");
        assertLoginRefused(cognito, poolId, USER_POOL, "not-a-jwt", "Invalid login token. Not a Cognito token.");
        assertLoginRefused(
                cognito, poolId, USER_POOL, jwt(noSubject), "Invalid login token. Missing a required claim: sub");

        expired.put("exp", NOW.getEpochSecond() + 1);
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, jwt(expired))))
                        .identityId())
                .as("valid until the second of exp")
                .matches(ID_PATTERN);
    }

    @BothClients
    void checksOpenIdConnectGoogleAndAppleTokens(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        assertLoginRefused(
                cognito, poolId, OIDC, "opaque", "Invalid login token. Not a valid OpenId Connect identity token.");
        assertLoginRefused(
                cognito,
                poolId,
                OIDC,
                jwt(claims("https://elsewhere.example.com", "any", "u")),
                "Invalid login token. Issuer doesn't match providerName");
        assertLoginRefused(
                cognito,
                poolId,
                GOOGLE,
                jwt(claims("https://accounts.google.com", "stranger", "u")),
                "Token is not from a supported provider of this identity pool.");
        assertLoginRefused(
                cognito,
                poolId,
                APPLE,
                jwt(claims("https://appleid.apple.com", "com.other", "u")),
                "Token is not from a supported provider of this identity pool.");

        String viaOidc = cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(OIDC, jwt(claims("https://" + OIDC, "any-client", "u-1")))))
                .identityId();
        String viaGoogle = cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(GOOGLE, jwt(claims("accounts.google.com", "google-client", "u-1")))))
                .identityId();
        String viaApple = cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(APPLE, jwt(claims("https://appleid.apple.com", "com.example.app", "u-1")))))
                .identityId();
        assertThat(List.of(viaOidc, viaGoogle, viaApple))
                .as("one user per provider")
                .doesNotHaveDuplicates();
    }

    @BothClients
    void namesOpaqueUsersByTheirTokenOrByTheSubOfAJwt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        Map<String, Object> expired = claims("https://www.facebook.com", "fb-app", "fb-user-1");
        expired.put("exp", NOW.getEpochSecond() - 10);

        String byToken = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "token-1")))
                .identityId();
        String bySub = cognito.getId(b ->
                        b.identityPoolId(poolId).logins(Map.of(FACEBOOK, jwt(Map.of("sub", "fb-user-1")))))
                .identityId();
        String bySubAgain = cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(FACEBOOK, jwt(Map.of("sub", "fb-user-1", "name", "Ann")))))
                .identityId();
        String saml = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(SAML_ARN, "PHNhbWw+")))
                .identityId();

        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "token-1")))
                        .identityId())
                .isEqualTo(byToken);
        assertThat(bySubAgain).isEqualTo(bySub).isNotEqualTo(byToken);
        assertThat(cognito.describeIdentity(b -> b.identityId(saml)).logins()).containsExactly(SAML_ARN);
        assertLoginRefused(
                cognito,
                poolId,
                FACEBOOK,
                jwt(expired),
                "Invalid login token. Token expired: " + NOW.getEpochSecond() + " >= " + (NOW.getEpochSecond() - 10));
    }

    @BothClients
    void validatesTheRequestAgainstTheModelFirst(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.guests().create(cognito);

        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId).accountId("12ab")),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: Value '12ab' "
                        + "at 'accountId' failed to satisfy constraint: Member must satisfy regular expression "
                        + "pattern: \\d+");
    }

    private void assertLoginRefused(
            CognitoIdentityClient cognito, String poolId, String provider, String token, String message) {
        assertRefusedAndUnchanged(
                cognito,
                poolId,
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(provider, token))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                message);
    }

    private static <T extends AwsServiceException> void assertRefusedAndUnchanged(
            CognitoIdentityClient cognito,
            String poolId,
            ThrowingCallable call,
            Class<T> type,
            String code,
            String message) {
        int before = identityCount(cognito, poolId);
        assertServiceError(call, type, 400, code, message);
        assertThat(identityCount(cognito, poolId))
                .as("identities after a refused call")
                .isEqualTo(before);
    }
}
