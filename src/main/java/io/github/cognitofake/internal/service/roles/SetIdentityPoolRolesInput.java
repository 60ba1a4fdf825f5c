package io.github.cognitofake.internal.service.roles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.state.RoleMapping;
import java.util.Map;

/** {@code roleMappings} is null when the member was absent, which is not the same as an empty map. */
public record SetIdentityPoolRolesInput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("Roles") Map<String, String> roles,
        @JsonProperty("RoleMappings") Map<String, RoleMapping> roleMappings) {}
