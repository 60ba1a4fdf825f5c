package io.github.cognitofake.internal.service.developer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** MergeDeveloperIdentities' answer: the identity both users now belong to. */
public record MergeDeveloperIdentitiesOutput(
        @JsonProperty("IdentityId") String identityId) {}
