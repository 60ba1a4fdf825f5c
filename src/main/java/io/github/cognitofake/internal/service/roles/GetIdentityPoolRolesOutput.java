package io.github.cognitofake.internal.service.roles;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.state.RoleMapping;
import java.util.Map;

/** Roles and RoleMappings are left out when empty, as in the service's documented examples (see docs/fidelity.md). */
@Behaviour(id = "roles.empty-members-left-out", status = UNCONFIRMED)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GetIdentityPoolRolesOutput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("Roles") Map<String, String> roles,
        @JsonProperty("RoleMappings") Map<String, RoleMapping> roleMappings) {}
