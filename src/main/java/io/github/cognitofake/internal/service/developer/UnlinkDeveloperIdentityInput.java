package io.github.cognitofake.internal.service.developer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** UnlinkDeveloperIdentity: every member is required by the model. */
public record UnlinkDeveloperIdentityInput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("DeveloperProviderName") String developerProviderName,
        @JsonProperty("DeveloperUserIdentifier") String developerUserIdentifier) {}
