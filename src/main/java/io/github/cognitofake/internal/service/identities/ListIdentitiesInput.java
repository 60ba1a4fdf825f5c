package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonProperty;

public record ListIdentitiesInput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("HideDisabled") Boolean hideDisabled) {}
