package io.github.cognitofake.internal.service.roles;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.state.RoleMapping;
import java.util.Map;

/** Roles and RoleMappings are left out when empty, as in the service's documented examples (see docs/fidelity.md). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GetIdentityPoolRolesOutput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("Roles") Map<String, String> roles,
        @JsonProperty("RoleMappings") Map<String, RoleMapping> roleMappings) {}
