package io.github.cognitofake.internal.service.identities;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a request's {@code Logins} after {@link LoginVerifier} accepted it.
 *
 * @param providerName the Logins key, as DescribeIdentity lists it, such as
 *     {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123}
 * @param userIdentifier who the user is at that provider: the token's {@code sub} for JWT providers, the
 *     identity id for {@link LoginVerifier#DEVELOPER_PROVIDER}, for opaque tokens see {@link LoginVerifier}
 * @param claims the token's claims (empty for an opaque token), which role mappings read
 * @param roleMappingKey the key of this provider in the pool's RoleMappings: for a user pool
 *     {@code <providerName>:<the token's aud>}, otherwise the provider name
 */
public record VerifiedLogin(
        String providerName, String userIdentifier, Map<String, Object> claims, String roleMappingKey) {

    public VerifiedLogin {
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /** Whether this is a token the fake itself issued for a developer-authenticated identity. */
    public boolean isDeveloperLogin() {
        return LoginVerifier.DEVELOPER_PROVIDER.equals(providerName);
    }
}
