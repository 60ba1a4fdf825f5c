package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.operation.Operation.DELETE_IDENTITIES;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY;
import static io.github.cognitofake.operation.Operation.GET_ID;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITIES;
import static io.github.cognitofake.operation.Operation.UNLINK_IDENTITY;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.state.PoolStore;

/** GetId, DescribeIdentity, ListIdentities, UnlinkIdentity, DeleteIdentities. */
public final class IdentityOperations implements OperationFamily {

    private final IdentityService identities;
    private final UnlinkIdentityService unlinking;
    private final DeleteIdentitiesService deleting;

    public IdentityOperations(PoolStore store, IdentityService identities) {
        this.identities = identities;
        this.unlinking = new UnlinkIdentityService(store, identities);
        this.deleting = new DeleteIdentitiesService(store);
    }

    @Override
    public void register(HandlerTable table) {
        table.put(GET_ID, OperationHandler.of(GetIdInput.class, identities::getId))
                .put(DESCRIBE_IDENTITY, OperationHandler.of(IdentityIdInput.class, identities::describe))
                .put(LIST_IDENTITIES, OperationHandler.of(ListIdentitiesInput.class, identities::list))
                .put(UNLINK_IDENTITY, OperationHandler.returningNothing(UnlinkIdentityInput.class, unlinking::unlink))
                .put(DELETE_IDENTITIES, OperationHandler.of(DeleteIdentitiesInput.class, deleting::delete));
    }
}
