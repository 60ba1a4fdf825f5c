package io.github.cognitofake.tokens;

import static io.github.cognitofake.testing.TestProviders.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.internal.token.Jwt;
import io.github.cognitofake.internal.token.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final String EDITOR = "arn:aws:iam::123456789012:role/Editor";
    private static final String READER = "arn:aws:iam::123456789012:role/Reader";
    private static final Instant ISSUED = Instant.parse("2030-01-02T03:04:05Z");

    private static Map<String, Object> decoded(ProviderToken token) {
        return Jwt.read(token.jwt()).orElseThrow().claims();
    }

    @Nested
    class CognitoIdTokens {

        @Test
        void carryTheClaimsOfARealIdTokenInItsOrder() {
            ProviderToken token = Tokens.cognitoIdToken("eu-west-1_Abc123", "client1")
                    .subject("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
                    .username("alice")
                    .email("alice@example.com")
                    .group("admins", ADMIN, 1)
                    .customAttribute("tier", "gold")
                    .issuedAt(ISSUED)
                    .build();

            Map<String, Object> claims = decoded(token);

            assertThat(claims.keySet())
                    .containsExactly(
                            "sub",
                            "cognito:groups",
                            "email_verified",
                            "cognito:preferred_role",
                            "iss",
                            "cognito:username",
                            "origin_jti",
                            "cognito:roles",
                            "aud",
                            "event_id",
                            "token_use",
                            "auth_time",
                            "exp",
                            "iat",
                            "jti",
                            "email",
                            "custom:tier");
            assertThat(claims)
                    .containsEntry("sub", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
                    .containsEntry("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc123")
                    .containsEntry("aud", "client1")
                    .containsEntry("token_use", "id")
                    .containsEntry("cognito:username", "alice")
                    .containsEntry("email", "alice@example.com")
                    .containsEntry("email_verified", true)
                    .containsEntry("cognito:groups", List.of("admins"))
                    .containsEntry("cognito:roles", List.of(ADMIN))
                    .containsEntry("cognito:preferred_role", ADMIN)
                    .containsEntry("custom:tier", "gold");
            assertThat(((Number) claims.get("iat")).longValue()).isEqualTo(ISSUED.getEpochSecond());
            assertThat(((Number) claims.get("auth_time")).longValue()).isEqualTo(ISSUED.getEpochSecond());
            assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(ISSUED.getEpochSecond() + 3600);
            assertThat(token.claims()).isEqualTo(claims);
            assertThat(token.subject()).isEqualTo("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
            assertThat(token.expiresAt()).isEqualTo(ISSUED.plusSeconds(3600));
        }

        @Test
        void knowTheirLoginsAndRoleMappingKeys() {
            ProviderToken token =
                    Tokens.cognitoIdToken("us-east-1_Abc123", "client1").build();

            assertThat(token.loginsKey()).isEqualTo("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123");
            assertThat(token.roleMappingKey())
                    .isEqualTo("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123:client1");
            assertThat(token.asLogins()).isEqualTo(Map.of(token.loginsKey(), token.jwt()));
        }

        @Test
        void aMinimalTokenHasNoGroupRoleOrEmailClaims() {
            ProviderToken token =
                    Tokens.cognitoIdToken("us-east-1_Abc123", "client1").build();

            assertThat(token.claims())
                    .doesNotContainKeys(
                            "cognito:groups", "cognito:roles", "cognito:preferred_role", "email", "email_verified");
            assertThat(token.claims().get("cognito:username")).isEqualTo(token.subject());
            assertThat(token.subject()).matches("[0-9a-f-]{36}");
            assertThat(Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                            .build()
                            .subject())
                    .isNotEqualTo(token.subject());
        }

        @Test
        void areSignedWithTheFakesKey() throws Exception {
            String jwt =
                    Tokens.cognitoIdToken("us-east-1_Abc123", "client1").build().jwt();
            int lastDot = jwt.lastIndexOf('.');
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(SigningKey.publicKey());
            verifier.update(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));

            assertThat(verifier.verify(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1))))
                    .isTrue();
            assertThat(Jwt.read(jwt).orElseThrow().header())
                    .containsEntry("alg", "RS256")
                    .containsEntry("kid", SigningKey.KEY_ID);
        }

        @Test
        void theGroupWithTheLowestPrecedenceGivesThePreferredRole() {
            ProviderToken token = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .group("readers", READER, 5)
                    .group("staff")
                    .group("admins", ADMIN, 1)
                    .group("editors", EDITOR)
                    .build();

            assertThat(token.claims())
                    .containsEntry("cognito:groups", List.of("readers", "staff", "admins", "editors"))
                    .containsEntry("cognito:roles", List.of(ADMIN, READER, EDITOR))
                    .containsEntry("cognito:preferred_role", ADMIN);
        }

        @Test
        void aTieBetweenDifferentRolesLeavesNoPreferredRole() {
            ProviderToken token = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .group("admins", ADMIN, 1)
                    .group("editors", EDITOR, 1)
                    .group("readers", READER, 0 + 2)
                    .build();

            assertThat(token.claims())
                    .doesNotContainKey("cognito:preferred_role")
                    .containsEntry("cognito:roles", List.of(ADMIN, EDITOR, READER));
        }

        @Test
        void aTieOnTheSameRoleKeepsIt() {
            ProviderToken token = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .group("admins", ADMIN, 1)
                    .group("superusers", ADMIN, 1)
                    .group("readers", READER, 3)
                    .build();

            assertThat(token.claims())
                    .containsEntry("cognito:preferred_role", ADMIN)
                    .containsEntry("cognito:roles", List.of(ADMIN, READER));
        }

        @Test
        void groupsWithoutPrecedenceTieAmongThemselves() {
            assertThat(Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                            .group("a", ADMIN)
                            .group("b", EDITOR)
                            .build()
                            .claims())
                    .doesNotContainKey("cognito:preferred_role");
            assertThat(Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                            .group("a", ADMIN)
                            .group("b")
                            .build()
                            .claims())
                    .containsEntry("cognito:preferred_role", ADMIN);
        }

        @Test
        void explicitClaimsReplaceOrRemoveComputedOnes() {
            ProviderToken token = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .group("admins", ADMIN, 1)
                    .customAttribute("custom:dept", "sales")
                    .claim("cognito:roles", ADMIN + "," + READER)
                    .claim("cognito:preferred_role", null)
                    .claim("level", 42)
                    .claim("nested", Map.of("a", List.of(true)))
                    .build();

            Map<String, Object> claims = decoded(token);
            assertThat(claims)
                    .containsEntry("cognito:roles", ADMIN + "," + READER)
                    .doesNotContainKey("cognito:preferred_role")
                    .containsEntry("custom:dept", "sales")
                    .containsEntry("level", 42)
                    .containsEntry("nested", Map.of("a", List.of(true)));
        }

        @Test
        void anExpiredTokenExpiredInThePast() {
            Instant before = Instant.now();
            ProviderToken expired = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .expired()
                    .build();
            ProviderToken expiredFromAFixedTime = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .issuedAt(Instant.now())
                    .expired()
                    .build();
            ProviderToken shortLived = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .issuedAt(ISSUED)
                    .expiresIn(Duration.ofMinutes(5))
                    .build();

            assertThat(expired.expiresAt()).isBefore(before);
            assertThat(((Number) expired.claims().get("iat")).longValue())
                    .isLessThan(expired.expiresAt().getEpochSecond());
            assertThat(expiredFromAFixedTime.expiresAt()).isBefore(before);
            assertThat(shortLived.expiresAt()).isEqualTo(ISSUED.plusSeconds(300));
        }

        @Test
        void misuseIsExplained() {
            assertThatThrownBy(() -> Tokens.cognitoIdToken("us-east-1:abc", "client1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "A user pool id is <region>_<id>, such as \"us-east-1_Abc123\"; got \"us-east-1:abc\".");
            assertThatThrownBy(() -> Tokens.cognitoIdToken("us-east-1_Abc123", "bad client"))
                    .hasMessage("An app client id is letters, digits and underscores; got \"bad client\".");
            assertThatThrownBy(
                            () -> Tokens.cognitoIdToken("us-east-1_Abc123", "c").group("a", ADMIN, -1))
                    .hasMessage("A group's precedence is a non-negative integer; got -1.");
            assertThatThrownBy(() -> Tokens.cognitoIdToken("us-east-1_Abc123", "c")
                            .group("a")
                            .group("a"))
                    .hasMessage("The user is in group \"a\" already.");
            assertThatThrownBy(
                            () -> Tokens.cognitoIdToken("us-east-1_Abc123", "c").claim("when", Instant.now()))
                    .hasMessage("Claim when must be a String, Number, Boolean, List or Map; got java.time.Instant.");
            assertThatThrownBy(
                            () -> Tokens.cognitoIdToken("us-east-1_Abc123", "c").expiresIn(Duration.ZERO))
                    .hasMessage("A token's lifetime must be positive; got PT0S. Use expired() for an expired token.");
            assertThatThrownBy(
                            () -> Tokens.cognitoIdToken("us-east-1_Abc123", "c").claim("", "x"))
                    .hasMessage("A claim name cannot be empty.");
        }
    }

    @Nested
    class OidcTokens {

        @Test
        void belongUnderTheIssuerWithoutItsScheme() {
            ProviderToken token = Tokens.oidcToken("https://login.example.com/", "my-client")
                    .subject("user-1")
                    .email("u@example.com")
                    .claim("department", "sales")
                    .issuedAt(ISSUED)
                    .build();

            assertThat(token.loginsKey()).isEqualTo("login.example.com");
            assertThat(token.roleMappingKey()).isEqualTo("login.example.com");
            assertThat(decoded(token))
                    .containsEntry("iss", "https://login.example.com")
                    .containsEntry("aud", "my-client")
                    .containsEntry("sub", "user-1")
                    .containsEntry("email", "u@example.com")
                    .containsEntry("email_verified", true)
                    .containsEntry("department", "sales")
                    .containsEntry("iat", (int) ISSUED.getEpochSecond())
                    .containsEntry("exp", (int) ISSUED.getEpochSecond() + 3600);
            assertThat(Tokens.oidcToken("dev-123.us.auth0.com/tenant", "c")
                            .build()
                            .loginsKey())
                    .isEqualTo("dev-123.us.auth0.com/tenant");
        }

        @Test
        void googleTokensHaveGooglesShape() {
            ProviderToken token = Tokens.googleIdToken("123-abc.apps.googleusercontent.com")
                    .emailVerified(false)
                    .email("a@gmail.com")
                    .build();

            assertThat(token.loginsKey()).isEqualTo("accounts.google.com");
            assertThat(token.claims().keySet())
                    .containsExactly("iss", "azp", "aud", "sub", "email", "email_verified", "iat", "exp");
            assertThat(token.claims())
                    .containsEntry("iss", "https://accounts.google.com")
                    .containsEntry("azp", "123-abc.apps.googleusercontent.com")
                    .containsEntry("aud", "123-abc.apps.googleusercontent.com")
                    .containsEntry("email_verified", false);
            assertThat(token.subject()).matches("1\\d{20}");
        }

        @Test
        void misuseIsExplained() {
            assertThatThrownBy(() -> Tokens.oidcToken("http://login.example.com", "c"))
                    .hasMessage("An OIDC issuer is a host name, optionally with https:// and a path, such as "
                            + "\"https://login.example.com\"; got \"http://login.example.com\".");
            assertThatThrownBy(() -> Tokens.oidcToken("https://", "c")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Tokens.oidcToken("login.example.com", ""))
                    .hasMessage("An OIDC token's audience (the client id) cannot be empty.");
        }
    }

    @Test
    void severalTokensMakeOneLoginsMap() {
        ProviderToken userPool =
                Tokens.cognitoIdToken("us-east-1_Abc123", "client1").build();
        ProviderToken google = Tokens.googleIdToken("client").build();

        assertThat(Tokens.logins(userPool, google))
                .containsExactly(
                        Map.entry(userPool.loginsKey(), userPool.jwt()),
                        Map.entry("accounts.google.com", google.jwt()));
        assertThatThrownBy(() ->
                        Tokens.logins(google, Tokens.googleIdToken("other").build()))
                .hasMessage(
                        "Two tokens belong under the Logins key accounts.google.com; a Logins map holds one token per provider.");
    }

    @Test
    void aTokenPrintsItsKeyAndClaimsNotItsSignature() {
        ProviderToken token =
                Tokens.oidcToken("login.example.com", "c").subject("s").build();

        assertThat(token.toString())
                .startsWith("ProviderToken[login.example.com {iss=https://login.example.com, aud=c, sub=s")
                .doesNotContain(token.jwt());
        assertThat(token)
                .isNotEqualTo(
                        Tokens.oidcToken("login.example.com", "c").subject("t").build());
    }
}
