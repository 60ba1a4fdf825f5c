package io.github.cognitofake.internal.service.developer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** MergeDeveloperIdentities: every member is required by the model. */
public record MergeDeveloperIdentitiesInput(
        @JsonProperty("SourceUserIdentifier") String sourceUserIdentifier,
        @JsonProperty("DestinationUserIdentifier") String destinationUserIdentifier,
        @JsonProperty("DeveloperProviderName") String developerProviderName,
        @JsonProperty("IdentityPoolId") String identityPoolId) {}
