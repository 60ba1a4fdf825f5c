package io.github.cognitofake.tokens;

import io.github.cognitofake.internal.token.Jwt;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token minted for a test: a signed JWT in compact form, as a provider would hand it to the app, and the
 * {@code Logins} key it belongs under. Pass it to GetId or GetCredentialsForIdentity with
 * {@code .logins(token.asLogins())}.
 */
public final class ProviderToken {

    private final String jwt;
    private final String loginsKey;
    private final String roleMappingKey;
    private final Map<String, Object> claims;

    private ProviderToken(String jwt, String loginsKey, String roleMappingKey) {
        this.jwt = jwt;
        this.loginsKey = loginsKey;
        this.roleMappingKey = roleMappingKey;
        // Read back from the JWT, so the claims are exactly what the fake will see (JSON numbers included).
        this.claims = Collections.unmodifiableMap(
                new LinkedHashMap<>(Jwt.read(jwt).orElseThrow().claims()));
    }

    /** Signs the claims with the fake's key. */
    static ProviderToken sign(Map<String, Object> claims, String loginsKey, String roleMappingKey) {
        return new ProviderToken(Jwt.signedWithFakeKey(claims).encode(), loginsKey, roleMappingKey);
    }

    /** {@return the token in compact JWT form ({@code header.payload.signature}), the value of its Logins entry} */
    public String jwt() {
        return jwt;
    }

    /**
     * The key of this token in a {@code Logins} map: {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
     * for a user pool, {@code accounts.google.com} for Google, the issuer's host (and path) for OIDC.
     *
     * @return the provider name this token belongs under in {@code Logins}
     */
    public String loginsKey() {
        return loginsKey;
    }

    /**
     * The key of a role mapping (SetIdentityPoolRoles' RoleMappings) that applies to this token:
     * {@code <loginsKey>:<clientId>} for a user pool, the Logins key for other providers.
     *
     * @return the key to give this token's provider in a pool's role mappings
     */
    public String roleMappingKey() {
        return roleMappingKey;
    }

    /**
     * {@return a one-entry {@code Logins} map, {@link #loginsKey()} to {@link #jwt()}, for GetId and
     * GetCredentialsForIdentity}
     */
    public Map<String, String> asLogins() {
        return Map.of(loginsKey, jwt);
    }

    /**
     * {@return the token's claims, unmodifiable and in token order, as the fake reads them (String, Integer or
     * Long, Boolean, List, Map)}
     */
    public Map<String, Object> claims() {
        return claims;
    }

    /** {@return the {@code sub} claim, or {@code null} when the token has no string {@code sub}} */
    public String subject() {
        return claims.get("sub") instanceof String sub ? sub : null;
    }

    /** {@return when the token expires (its {@code exp} claim), or {@code null} when it has no numeric {@code exp}} */
    public Instant expiresAt() {
        return claims.get("exp") instanceof Number exp ? Instant.ofEpochSecond(exp.longValue()) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderToken that && jwt.equals(that.jwt) && loginsKey.equals(that.loginsKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jwt, loginsKey);
    }

    /** The Logins key and the claims; {@link #jwt()} is the token itself. */
    @Override
    public String toString() {
        return "ProviderToken[" + loginsKey + " " + claims + "]";
    }
}
