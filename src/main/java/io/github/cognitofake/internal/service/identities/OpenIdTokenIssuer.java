package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.token.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the OpenID Connect tokens Cognito Identity hands out (GetOpenIdToken,
 * GetOpenIdTokenForDeveloperIdentity): issuer {@value LoginVerifier#DEVELOPER_ISSUER}, audience the pool id,
 * subject the identity id, {@code amr} saying how the identity signed in. {@link LoginVerifier} accepts
 * them back under the {@value LoginVerifier#DEVELOPER_PROVIDER} login key.
 */
public final class OpenIdTokenIssuer {

    /** GetOpenIdToken's lifetime (API reference: "The OpenID token is valid for 10 minutes"). */
    public static final Duration GET_OPEN_ID_TOKEN_LIFETIME = Duration.ofMinutes(10);

    /** The claim under which Cognito puts principal tags for STS (developer guide, attributes for access control). */
    public static final String TAGS_CLAIM = "https://aws.amazon.com/tags";

    /** The claim naming the identity pool by its ARN (seen in a decoded token of the service). */
    public static final String POOL_ARN_CLAIM = "https://cognito-identity.amazonaws.com/identity-pool-arn";

    private OpenIdTokenIssuer() {}

    /**
     * @param amr {@code ["unauthenticated"]} for a guest; {@code ["authenticated", <provider>...]} otherwise
     * @param principalTags session tags to carry, tag key to value; empty for none
     * @return the compact, signed token
     */
    public static String issue(
            String identityPoolId,
            String identityId,
            List<String> amr,
            Instant now,
            Duration lifetime,
            Map<String, String> principalTags) {
        return issue(identityPoolId, null, identityId, amr, now, lifetime, principalTags);
    }

    /**
     * As {@link #issue(String, String, List, Instant, Duration, Map)}, with the pool's ARN in
     * {@value #POOL_ARN_CLAIM} as the service's tokens have it.
     *
     * @param identityPoolArn the pool's ARN; null leaves the claim out
     */
    @Behaviour(id = "openid.token-claims", status = CONFIRMED)
    public static String issue(
            String identityPoolId,
            String identityPoolArn,
            String identityId,
            List<String> amr,
            Instant now,
            Duration lifetime,
            Map<String, String> principalTags) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", identityId);
        claims.put("aud", identityPoolId);
        claims.put("amr", List.copyOf(amr));
        if (!principalTags.isEmpty()) {
            Map<String, Object> tags = new LinkedHashMap<>();
            principalTags.forEach((key, value) -> tags.put(key, List.of(value)));
            claims.put(TAGS_CLAIM, Map.of("principal_tags", tags));
        }
        claims.put("iss", LoginVerifier.DEVELOPER_ISSUER);
        if (identityPoolArn != null) {
            claims.put(POOL_ARN_CLAIM, identityPoolArn);
        }
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        return Jwt.signedWithFakeKey(claims).encode();
    }
}
