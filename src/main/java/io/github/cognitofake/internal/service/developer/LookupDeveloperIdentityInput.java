package io.github.cognitofake.internal.service.developer;

import com.fasterxml.jackson.annotation.JsonProperty;

/** LookupDeveloperIdentity: at least one of IdentityId and DeveloperUserIdentifier. */
public record LookupDeveloperIdentityInput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("DeveloperUserIdentifier") String developerUserIdentifier,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {}
