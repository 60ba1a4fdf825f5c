package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
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
import io.github.cognitofake.internal.token.Jwt;
import io.github.cognitofake.internal.token.SigningKey;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.StartingClock;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.TestPools;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** GetOpenIdToken through the real SDK: the token's signature and claims, and the identity rules it shares. */
class GetOpenIdTokenTest {

    /** The pool of these tests, guests aside. */
    static final TestPools.Spec POOL = TestPools.pool("app")
            .facebook("fb-app")
            .google("google-client;other-client")
            .userPool(CLIENT_ID)
            .openIdConnect(OIDC_ARN)
            .saml(SAML_ARN);

    static final String COGNITO = "cognito-identity.amazonaws.com";
    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @RegisterExtension
    static final StartingClock TIME = new StartingClock(NOW);

    private static final TestClock CLOCK = TIME.clock();

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = TIME.fakes();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    /** The token's claims, after checking its RS256 signature with the fake's public key. */
    static Map<String, Object> verifiedClaims(String token) throws Exception {
        String[] parts = token.split("\\.");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(SigningKey.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2])))
                .as("signature")
                .isTrue();
        Jwt jwt = Jwt.read(token).orElseThrow();
        assertThat(jwt.header()).containsEntry("alg", "RS256").containsEntry("kid", SigningKey.KEY_ID);
        return jwt.claims();
    }

    private static String userPoolLogin(CognitoIdentityClient cognito, String poolId, String sub) {
        return cognito.getId(
                        b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", sub))))
                .identityId();
    }

    @BothClients
    void givesAGuestASignedTokenWithTheClaimsOfCognito(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.guests().create(cognito);
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        GetOpenIdTokenResponse answer = cognito.getOpenIdToken(b -> b.identityId(guest));

        assertThat(answer.identityId()).isEqualTo(guest);
        assertThat(verifiedClaims(answer.token()))
                .containsOnly(
                        Map.entry("sub", guest),
                        Map.entry("aud", poolId),
                        Map.entry("amr", List.of("unauthenticated")),
                        Map.entry("iss", "https://cognito-identity.amazonaws.com"),
                        Map.entry(
                                "https://cognito-identity.amazonaws.com/identity-pool-arn",
                                "arn:aws:cognito-identity:us-east-1:" + fake.accountId() + ":identitypool/" + poolId),
                        Map.entry("exp", (int) NOW.plus(Duration.ofMinutes(10)).getEpochSecond()),
                        Map.entry("iat", (int) NOW.getEpochSecond()));
    }

    @BothClients
    void namesEachLoginOfTheCallInAmr(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String alice = userPoolLogin(cognito, poolId, "alice");
        String aliceToken = idToken(USER_POOL, "client1", "alice");
        String google = jwt(claims("https://accounts.google.com", "other-client", "g-1"));
        String oidc = jwt(claims("https://" + OIDC, "oidc-app", "o-1"));

        Map<String, Object> userPool =
                verifiedClaims(cognito.getOpenIdToken(b -> b.identityId(alice).logins(Map.of(USER_POOL, aliceToken)))
                        .token());
        Map<String, Object> several = verifiedClaims(cognito.getOpenIdToken(b -> b.identityId(alice)
                        .logins(ordered(
                                USER_POOL,
                                aliceToken,
                                FACEBOOK,
                                "fb-user-7",
                                GOOGLE,
                                google,
                                OIDC,
                                oidc,
                                SAML_ARN,
                                "saml-alice")))
                .token());

        assertThat(userPool.get("amr"))
                .isEqualTo(List.of("authenticated", USER_POOL, USER_POOL + ":CognitoSignIn:alice"));
        assertThat(several.get("amr"))
                .isEqualTo(List.of(
                        "authenticated",
                        USER_POOL,
                        USER_POOL + ":CognitoSignIn:alice",
                        FACEBOOK,
                        FACEBOOK + ":fb-app:fb-user-7",
                        GOOGLE,
                        GOOGLE + ":other-client:g-1",
                        OIDC,
                        OIDC + ":oidc-app:o-1",
                        SAML_ARN,
                        SAML_ARN + ":saml-alice"));
        assertThat(cognito.describeIdentity(b -> b.identityId(alice)).logins())
                .as("the call's new logins are linked")
                .containsExactly(USER_POOL, FACEBOOK, GOOGLE, OIDC, SAML_ARN);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @BothClients
    void carriesThePrincipalTagsThePoolMapsForTheProvider(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String alice = userPoolLogin(cognito, poolId, "alice");
        Map<String, Object> withoutMap = verifiedClaims(cognito.getOpenIdToken(
                        b -> b.identityId(alice).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "alice"))))
                .token());
        cognito.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(USER_POOL)
                .principalTags(Map.of("team", "custom:team", "missing", "custom:none")));
        Map<String, Object> tokenClaims = claims("https://" + USER_POOL, "client1", "alice");
        tokenClaims.put("custom:team", "blue");

        Map<String, Object> tagged = verifiedClaims(cognito.getOpenIdToken(
                        b -> b.identityId(alice).logins(Map.of(USER_POOL, jwt(tokenClaims))))
                .token());

        assertThat(withoutMap).doesNotContainKey("https://aws.amazon.com/tags");
        assertThat(tagged.get("https://aws.amazon.com/tags"))
                .isEqualTo(Map.of("principal_tags", Map.of("team", List.of("blue"))));
    }

    @BothClients
    void itsTokenIsALoginOfTheIdentityUntilItExpires(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String alice = userPoolLogin(cognito, poolId, "alice");
        String token = cognito.getOpenIdToken(
                        b -> b.identityId(alice).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "alice"))))
                .token();

        GetOpenIdTokenResponse again =
                cognito.getOpenIdToken(b -> b.identityId(alice).logins(Map.of(COGNITO, token)));

        assertThat(again.identityId()).isEqualTo(alice);
        assertThat(verifiedClaims(again.token()).get("amr"))
                .as("the sign-in the token witnessed carries over")
                .isEqualTo(List.of("authenticated", USER_POOL, USER_POOL + ":CognitoSignIn:alice"));
        assertServiceError(
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(COGNITO, token))),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Invalid login token. Can't pass in a Cognito token.");
        assertThat(cognito.describeIdentity(b -> b.identityId(alice)).logins())
                .as("the fake's own token is not linked")
                .containsExactly(USER_POOL);

        CLOCK.advance(Duration.ofMinutes(10));
        long now = CLOCK.instant().getEpochSecond();
        assertRefusedAndUnchanged(
                cognito,
                alice,
                () -> cognito.getOpenIdToken(b -> b.identityId(alice).logins(Map.of(COGNITO, token))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Invalid login token. Token expired: " + now + " >= " + now);
    }

    @BothClients
    void answersForTheLoginOwnerWhenAGuestBringsItsLogin(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.guests().create(cognito);
        String alice = userPoolLogin(cognito, poolId, "alice");
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        GetOpenIdTokenResponse answer = cognito.getOpenIdToken(
                b -> b.identityId(guest).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "alice"))));

        assertThat(answer.identityId()).isEqualTo(alice);
        assertThat(verifiedClaims(answer.token())).containsEntry("sub", alice);
        assertRefusedAndUnchanged(
                cognito,
                guest,
                () -> cognito.getOpenIdToken(b -> b.identityId(guest)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Access to Identity '" + guest + "' is forbidden.");
    }

    @BothClients
    void refusesCallsTheIdentityRulesRefuse(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String alice = userPoolLogin(cognito, poolId, "alice");
        String bob = userPoolLogin(cognito, poolId, "bob");
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        assertServiceError(
                () -> cognito.getOpenIdToken(b -> b.identityId(unknown)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "Identity '" + unknown + "' not found.");
        assertRefusedAndUnchanged(
                cognito,
                alice,
                () -> cognito.getOpenIdToken(b -> b.identityId(alice)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Access to Identity '" + alice + "' is forbidden.");
        assertRefusedAndUnchanged(
                cognito,
                alice,
                () -> cognito.getOpenIdToken(b -> b.identityId(alice).logins(Map.of(FACEBOOK, "someone-new"))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        assertRefusedAndUnchanged(
                cognito,
                alice,
                () -> cognito.getOpenIdToken(
                        b -> b.identityId(alice).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "bob")))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        assertRefusedAndUnchanged(
                cognito,
                bob,
                () -> cognito.getOpenIdToken(
                        b -> b.identityId(bob).logins(Map.of(USER_POOL, idToken(USER_POOL, "other-client", "bob")))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
        assertRefusedAndUnchanged(
                cognito,
                bob,
                () -> cognito.getOpenIdToken(b -> b.identityId(bob)
                        .logins(Map.of(
                                COGNITO,
                                jwt(claims(
                                        "https://cognito-identity.amazonaws.com",
                                        "us-east-1:11111111-1111-1111-1111-111111111111",
                                        bob))))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
    }

    @BothClients
    void refusesAGuestOnceThePoolNoLongerAllowsGuests(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.guests().create(cognito);
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        cognito.updateIdentityPool(
                b -> b.identityPoolId(poolId).identityPoolName("app").allowUnauthenticatedIdentities(false));

        assertRefusedAndUnchanged(
                cognito,
                guest,
                () -> cognito.getOpenIdToken(b -> b.identityId(guest)),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
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
