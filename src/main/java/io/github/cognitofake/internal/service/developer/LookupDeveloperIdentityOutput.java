package io.github.cognitofake.internal.service.developer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** LookupDeveloperIdentity's answer; an empty list and a null NextToken are left out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LookupDeveloperIdentityOutput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("DeveloperUserIdentifierList") List<String> developerUserIdentifierList,
        @JsonProperty("NextToken") String nextToken) {}
