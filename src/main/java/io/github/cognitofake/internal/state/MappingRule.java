package io.github.cognitofake.internal.state;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One rule of a Rules role mapping: when the claim matches the value, the user gets the role. */
public record MappingRule(
        @JsonProperty("Claim") String claim,
        @JsonProperty("MatchType") String matchType,
        @JsonProperty("Value") String value,
        @JsonProperty("RoleARN") String roleArn) {}
