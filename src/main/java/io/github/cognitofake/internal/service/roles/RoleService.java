package io.github.cognitofake.internal.service.roles;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.pools.IdentityPoolService;
import io.github.cognitofake.internal.service.pools.PoolIdInput;
import io.github.cognitofake.internal.state.PoolRoles;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.internal.state.RoleMapping;
import io.github.cognitofake.internal.state.StoredPool;
import java.util.Map;

/** SetIdentityPoolRoles and GetIdentityPoolRoles. */
public final class RoleService {

    private final PoolStore store;

    public RoleService(PoolStore store) {
        this.store = store;
    }

    /**
     * Replaces the roles ({@code Roles: {}} clears them); RoleMappings replace the pool's mappings when given
     * ({@code {}} clears them) and are kept when omitted, as Terraform expects when it sends {@code {}} to clear.
     */
    @Behaviour(id = "roles.empty-roles-clear", status = CONFIRMED)
    @Behaviour(id = "roles.omitted-role-mappings-kept", status = UNCONFIRMED)
    @Behaviour(id = "roles.mappings-of-removed-providers-stay", status = UNCONFIRMED)
    public void set(SetIdentityPoolRolesInput input) {
        String id = input.identityPoolId();
        // Checked inside the atomic update: the providers a mapping names cannot vanish in between.
        store.update(id, current -> {
                    // Only what the caller sent is checked: kept mappings were not sent, so they cannot be at fault.
                    Map<String, RoleMapping> sent = input.roleMappings() == null ? Map.of() : input.roleMappings();
                    RoleMappingRules.check(current.pool(), input.roles(), sent);
                    Map<String, RoleMapping> mappings = input.roleMappings() != null
                            ? sent
                            : current.roles().roleMappings();
                    return current.withRoles(new PoolRoles(input.roles(), mappings));
                })
                .orElseThrow(() -> IdentityPoolService.notFound(id));
    }

    public GetIdentityPoolRolesOutput get(PoolIdInput input) {
        StoredPool pool = store.find(input.identityPoolId())
                .orElseThrow(() -> IdentityPoolService.notFound(input.identityPoolId()));
        return new GetIdentityPoolRolesOutput(
                pool.pool().identityPoolId(), pool.roles().roles(), pool.roles().roleMappings());
    }
}
