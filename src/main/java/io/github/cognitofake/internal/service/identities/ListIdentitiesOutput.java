package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Identities is always printed (an empty list on an empty page); NextToken only when more identities follow. */
public record ListIdentitiesOutput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("Identities") List<IdentityDescription> identities,

        @JsonProperty("NextToken") @JsonInclude(JsonInclude.Include.NON_NULL)
        String nextToken) {}
