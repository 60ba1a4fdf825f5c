package io.github.cognitofake.internal.service.openid;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetOpenIdToken's answer.
 *
 * @param identityId the identity the token is for: the requested one, or the one a guest identity was merged into
 * @param token the signed OpenID Connect token
 */
public record GetOpenIdTokenOutput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Token") String token) {}
