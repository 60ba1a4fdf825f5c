package io.github.cognitofake.internal.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How users of one provider get their role: from their token (Token) or from claim rules (Rules). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoleMapping(
        @JsonProperty("Type") String type,
        @JsonProperty("AmbiguousRoleResolution") String ambiguousRoleResolution,
        @JsonProperty("RulesConfiguration") RulesConfiguration rulesConfiguration) {

    public static final String TOKEN = "Token";
    public static final String RULES = "Rules";
}
