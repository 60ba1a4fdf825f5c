package io.github.cognitofake.tokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.internal.token.SigningKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Mints the provider tokens a test passes in {@code Logins}: signed JWTs with the claims the real providers
 * put in them, which the fake decodes to find the user and choose their role.
 *
 * <pre>{@code
 * ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
 *         .group("admins", "arn:aws:iam::123456789012:role/Admin", 1).build();
 * client.getId(b -> b.identityPoolId(poolId).logins(alice.asLogins()));
 * }</pre>
 *
 * <p>The tokens are signed with the fake's own RSA key (RS256); the fake reads any well-formed JWT, so
 * tokens minted by other libraries work too.
 */
public final class Tokens {

    private Tokens() {}

    /**
     * An ID token of a Cognito user pool, for one of its app clients.
     *
     * @param userPoolId such as {@code us-east-1_Abc123}; its prefix is the region in {@code iss}
     * @param clientId the app client id, the token's {@code aud}
     * @return a builder of the token, to add the user's claims and groups
     * @throws IllegalArgumentException when either is malformed
     */
    public static CognitoIdTokenBuilder cognitoIdToken(String userPoolId, String clientId) {
        return new CognitoIdTokenBuilder(userPoolId, clientId);
    }

    /**
     * An OpenID Connect ID token.
     *
     * @param issuer the issuer, such as {@code https://login.example.com} (or without {@code https://}); the
     *     Logins key is the issuer without {@code https://}
     * @param audience the client id the token is for, its {@code aud}
     * @return a builder of the token, to add the user's claims
     * @throws IllegalArgumentException when the issuer is not a host name (with an optional path) or the audience
     *     is empty
     */
    public static OidcTokenBuilder oidcToken(String issuer, String audience) {
        return new OidcTokenBuilder(issuer, audience, false);
    }

    /**
     * A Google ID token ({@code iss} {@code https://accounts.google.com}, {@code aud} and {@code azp} the
     * client id, a numeric {@code sub}), for the Logins key {@code accounts.google.com}.
     *
     * @param clientId the Google OAuth client id the token is for
     * @return a builder of the token, to add the user's claims
     * @throws IllegalArgumentException when the client id is empty
     */
    public static OidcTokenBuilder googleIdToken(String clientId) {
        return new OidcTokenBuilder("https://accounts.google.com", clientId, true);
    }

    /**
     * One {@code Logins} map for several tokens, to log in with several providers at once (linked logins).
     *
     * @param tokens the tokens, at most one per provider
     * @return each token's Logins key to its JWT, in the order given
     * @throws IllegalArgumentException when two tokens belong under the same Logins key
     */
    public static Map<String, String> logins(ProviderToken... tokens) {
        Map<String, String> logins = new LinkedHashMap<>();
        for (ProviderToken token : tokens) {
            Objects.requireNonNull(token, "token");
            if (logins.putIfAbsent(token.loginsKey(), token.jwt()) != null) {
                throw new IllegalArgumentException("Two tokens belong under the Logins key " + token.loginsKey()
                        + "; a Logins map holds one token per provider.");
            }
        }
        return logins;
    }

    /**
     * The public key of every token the fake signs, its own OpenID tokens (GetOpenIdToken,
     * GetOpenIdTokenForDeveloperIdentity) and the tokens minted here, for a test that verifies them the way
     * a relying party would. One key serves the whole JVM; its key id is {@link #signingKeyId()}.
     *
     * @return the RSA public key that verifies the fake's RS256 signatures
     */
    public static RSAPublicKey signingKey() {
        return SigningKey.publicKey();
    }

    /** {@return the {@code kid} in the header of every token the fake signs} */
    public static String signingKeyId() {
        return SigningKey.KEY_ID;
    }

    /**
     * {@link #signingKey()} as a JSON Web Key Set document, for JWT libraries that take a JWKS.
     *
     * @return the JWKS, such as {@code {"keys":[{"kty":"RSA",...}]}}
     */
    public static String signingKeyJwks() {
        try {
            return new ObjectMapper().writeValueAsString(SigningKey.jwks());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JWKS of strings cannot fail to serialize", e);
        }
    }
}
