package io.github.cognitofake.internal.service.developer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GetOpenIdTokenForDeveloperIdentity's answer: the identity and its OpenID token. */
public record GetOpenIdTokenForDeveloperIdentityOutput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Token") String token) {}
