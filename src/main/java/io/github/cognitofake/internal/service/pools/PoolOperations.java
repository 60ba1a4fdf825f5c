package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DELETE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static io.github.cognitofake.operation.Operation.UPDATE_IDENTITY_POOL;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;

/** CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool, DeleteIdentityPool, ListIdentityPools. */
public final class PoolOperations implements OperationFamily {

    private final IdentityPoolService pools;

    public PoolOperations(IdentityPoolService pools) {
        this.pools = pools;
    }

    @Override
    public void register(HandlerTable table) {
        table.put(CREATE_IDENTITY_POOL, OperationHandler.withContext(PoolInput.class, pools::create))
                .put(DESCRIBE_IDENTITY_POOL, OperationHandler.of(PoolIdInput.class, pools::describe))
                .put(UPDATE_IDENTITY_POOL, OperationHandler.of(PoolInput.class, pools::update))
                .put(DELETE_IDENTITY_POOL, OperationHandler.returningNothing(PoolIdInput.class, pools::delete))
                .put(LIST_IDENTITY_POOLS, OperationHandler.of(ListIdentityPoolsInput.class, pools::list));
    }
}
