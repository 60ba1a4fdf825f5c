package io.github.cognitofake.internal.service.roles;

import io.github.cognitofake.internal.service.common.Fidelity;
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

    public void set(SetIdentityPoolRolesInput input) {
        String id = input.identityPoolId();
        // Checked inside the atomic update: the providers a mapping names cannot vanish in between.
        store.update(id, current -> {
                    // Only what the caller sent is checked: kept mappings were not sent, so they cannot be at fault.
                    Map<String, RoleMapping> sent = input.roleMappings() == null ? Map.of() : input.roleMappings();
                    RoleMappingRules.check(current.pool(), input.roles(), sent);
                    Map<String, RoleMapping> mappings =
                            input.roleMappings() != null || !Fidelity.OMITTED_ROLE_MAPPINGS_ARE_KEPT
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
