package io.github.cognitofake.internal.state;

import java.util.Map;

/** The roles of an identity pool ({@code authenticated}/{@code unauthenticated} to role ARN) and its role mappings by provider. */
public record PoolRoles(Map<String, String> roles, Map<String, RoleMapping> roleMappings) {

    public static final PoolRoles NONE = new PoolRoles(Map.of(), Map.of());

    public PoolRoles {
        roles = Copies.orderedMap(roles);
        roleMappings = Copies.orderedMap(roleMappings);
    }
}
