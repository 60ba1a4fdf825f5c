package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.testing.ServiceErrors.assertInternalError;
import static io.github.cognitofake.testing.TestTokens.claims;
import static io.github.cognitofake.testing.TestTokens.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.state.CognitoIdentityProvider;
import io.github.cognitofake.internal.state.IdentityPool;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginVerifierTest {

    private static final String POOL_ID = "us-east-1:11111111-1111-4111-8111-111111111111";
    private static final String USER_POOL = "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Xyz";
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final IdentityPool POOL = new IdentityPool(
            POOL_ID,
            "app",
            false,
            false,
            Map.of("accounts.google.com", "g1;g2", "api.twitter.com", "key;secret"),
            null,
            List.of("arn:aws:iam::123456789012:oidc-provider/id.example.com/tenant"),
            List.of(new CognitoIdentityProvider(USER_POOL, "c1", false)),
            List.of("arn:aws:iam::123456789012:saml-provider/corp"),
            Map.of());

    private static void assertRefused(String provider, String token, String message) {
        assertInternalError(
                () -> LoginVerifier.verify(POOL, provider, token, NOW), 400, "NotAuthorizedException", message);
    }

    @Test
    void acceptsAnAudienceListAndNamesTheMatchingClientInTheRoleMappingKey() {
        Map<String, Object> claims = claims("https://" + USER_POOL, "x", "alice");
        claims.put("aud", List.of("other", "c1"));

        VerifiedLogin login = LoginVerifier.verify(POOL, USER_POOL, jwt(claims), NOW);

        assertThat(login)
                .extracting(VerifiedLogin::providerName, VerifiedLogin::userIdentifier, VerifiedLogin::roleMappingKey)
                .containsExactly(USER_POOL, "alice", USER_POOL + ":c1");
    }

    @Test
    void acceptsAnyOfSeveralAppIdsOfASocialProvider() {
        assertThat(LoginVerifier.verify(
                                POOL, "accounts.google.com", jwt(claims("https://accounts.google.com", "g2", "u")), NOW)
                        .userIdentifier())
                .isEqualTo("u");
    }

    @Test
    void matchesOpenIdConnectProvidersWithAPathAndLeavesTheirAudienceToIam() {
        VerifiedLogin login = LoginVerifier.verify(
                POOL, "id.example.com/tenant", jwt(claims("https://id.example.com/tenant", "whatever", "u")), NOW);

        assertThat(login.roleMappingKey()).isEqualTo("id.example.com/tenant");
        Map<String, Object> noAudience = claims("https://id.example.com/tenant", "x", "u");
        noAudience.remove("aud");
        assertRefused("id.example.com/tenant", jwt(noAudience), "Invalid login token. Missing a required claim: aud");
    }

    @Test
    void takesOpaqueTokensAsTheirOwnUser() {
        VerifiedLogin twitter = LoginVerifier.verify(POOL, "api.twitter.com", "token;secret", NOW);
        VerifiedLogin saml = LoginVerifier.verify(
                POOL,
                "arn:aws:iam::123456789012:saml-provider/corp",
                jwt(Map.of("sub", "employee-7", "exp", NOW.getEpochSecond() + 1)),
                NOW);

        assertThat(twitter.userIdentifier()).isEqualTo("token;secret");
        assertThat(twitter.claims()).isEmpty();
        assertThat(saml.userIdentifier()).isEqualTo("employee-7");
        assertThat(saml.claims()).containsKey("exp");
    }

    @Test
    void checksTheAudienceBeforeTheIssuerAndTheIssuerBeforeTheExpiry() {
        Map<String, Object> claims = new LinkedHashMap<>(Map.of("iss", "https://elsewhere", "exp", 1L));
        assertRefused(USER_POOL, jwt(claims), "Invalid login token. Missing a required claim: aud");
        claims.put("aud", "client1");
        assertRefused(USER_POOL, jwt(claims), "Invalid login token. Issuer doesn't match providerName");
        claims.put("iss", "https://" + USER_POOL);
        assertRefused(USER_POOL, jwt(claims), "Invalid login token. Token expired: " + NOW.getEpochSecond() + " >= 1");
    }

    @Test
    void refusesTheDeveloperKeyWithoutTheFakesIssuer() {
        assertRefused(
                LoginVerifier.DEVELOPER_PROVIDER,
                "opaque",
                "Invalid login token. Not a valid OpenId Connect identity token.");
        assertRefused(
                LoginVerifier.DEVELOPER_PROVIDER,
                jwt(claims("https://" + USER_POOL, POOL_ID, "x")),
                "Invalid login token. Issuer doesn't match providerName");
        assertThat(LoginVerifier.verify(
                                POOL,
                                LoginVerifier.DEVELOPER_PROVIDER,
                                jwt(claims(LoginVerifier.DEVELOPER_ISSUER, POOL_ID, "id-1")),
                                NOW)
                        .isDeveloperLogin())
                .isTrue();
    }

    @Test
    void verifiesEveryLoginInOrderAndStopsAtTheFirstRefusal() {
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("api.twitter.com", "t");
        logins.put("graph.facebook.com", "f");
        assertInternalError(
                () -> LoginVerifier.verify(POOL, logins, NOW),
                400,
                "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
        logins.remove("graph.facebook.com");
        assertThat(LoginVerifier.verify(POOL, logins, NOW))
                .extracting(VerifiedLogin::providerName)
                .containsExactly("api.twitter.com");
    }
}
