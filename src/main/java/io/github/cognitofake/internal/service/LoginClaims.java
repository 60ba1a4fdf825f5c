package io.github.cognitofake.internal.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One login of a GetCredentialsForIdentity request after its token was verified: the provider name as
 * the request's {@code Logins} key spells it, and the claims of its token.
 *
 * @param providerName the Logins key, such as {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123},
 *     {@code accounts.google.com} or {@code login.example.com}
 * @param claims the token's claims as Jackson reads JSON (String, Number, Boolean, List, Map)
 */
public record LoginClaims(String providerName, Map<String, Object> claims) {

    private static final Pattern USER_POOL_PROVIDER = Pattern.compile("cognito-idp\\.[^/]+/[^:/]+");

    /** Copies the claims, keeping their order. */
    public LoginClaims {
        Objects.requireNonNull(providerName, "providerName");
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /** Whether the provider is a Cognito user pool ({@code cognito-idp.<region>.amazonaws.com/<userPoolId>}). */
    public boolean isUserPool() {
        return USER_POOL_PROVIDER.matcher(providerName).matches();
    }

    /**
     * The key of this login's role mapping in the pool's RoleMappings: {@code <providerName>:<aud>} for a
     * user pool (its app client id is the token's audience), the provider name for any other provider.
     */
    public String roleMappingKey() {
        if (isUserPool() && claims.get("aud") instanceof String clientId) {
            return providerName + ":" + clientId;
        }
        return providerName;
    }
}
