package io.github.cognitofake.internal.service.roles;

import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.SET_IDENTITY_POOL_ROLES;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.pools.PoolIdInput;
import io.github.cognitofake.internal.state.PoolStore;

/** SetIdentityPoolRoles, GetIdentityPoolRoles. */
public final class RoleOperations implements OperationFamily {

    private final RoleService roles;

    public RoleOperations(PoolStore store) {
        this.roles = new RoleService(store);
    }

    @Override
    public void register(HandlerTable table) {
        table.put(
                        SET_IDENTITY_POOL_ROLES,
                        OperationHandler.returningNothing(SetIdentityPoolRolesInput.class, roles::set))
                .put(GET_IDENTITY_POOL_ROLES, OperationHandler.of(PoolIdInput.class, roles::get));
    }
}
