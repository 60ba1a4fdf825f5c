package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DELETE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static io.github.cognitofake.operation.Operation.UPDATE_IDENTITY_POOL;

import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool, DeleteIdentityPool, ListIdentityPools. */
public final class PoolOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(
            CREATE_IDENTITY_POOL,
            DESCRIBE_IDENTITY_POOL,
            UPDATE_IDENTITY_POOL,
            DELETE_IDENTITY_POOL,
            LIST_IDENTITY_POOLS));

    private final IdentityPoolService pools;

    public PoolOperations(IdentityPoolService pools) {
        this.pools = pools;
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case CREATE_IDENTITY_POOL -> OperationHandler.withContext(PoolInput.class, pools::create);
            case DESCRIBE_IDENTITY_POOL -> OperationHandler.of(PoolIdInput.class, pools::describe);
            case UPDATE_IDENTITY_POOL -> OperationHandler.of(PoolInput.class, pools::update);
            case DELETE_IDENTITY_POOL -> OperationHandler.returningNothing(PoolIdInput.class, pools::delete);
            case LIST_IDENTITY_POOLS -> OperationHandler.of(ListIdentityPoolsInput.class, pools::list);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
