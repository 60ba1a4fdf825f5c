package io.github.cognitofake.internal.service.pools;

import com.fasterxml.jackson.annotation.JsonProperty;

public record ListIdentityPoolsInput(
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {}
