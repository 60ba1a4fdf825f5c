package io.github.cognitofake.internal.service.roles;

import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.SET_IDENTITY_POOL_ROLES;

import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.pools.PoolIdInput;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** SetIdentityPoolRoles, GetIdentityPoolRoles. */
public final class RoleOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS =
            Collections.unmodifiableSet(EnumSet.of(SET_IDENTITY_POOL_ROLES, GET_IDENTITY_POOL_ROLES));

    private final RoleService roles;

    public RoleOperations(PoolStore store) {
        this.roles = new RoleService(store);
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case SET_IDENTITY_POOL_ROLES ->
                OperationHandler.returningNothing(SetIdentityPoolRolesInput.class, roles::set);
            case GET_IDENTITY_POOL_ROLES -> OperationHandler.of(PoolIdInput.class, roles::get);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
