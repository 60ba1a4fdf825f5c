package io.github.cognitofake.internal.service.principaltags;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input of GetPrincipalTagAttributeMap: a pool and one of its identity providers. */
public record GetPrincipalTagAttributeMapInput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("IdentityProviderName") String identityProviderName) {}
