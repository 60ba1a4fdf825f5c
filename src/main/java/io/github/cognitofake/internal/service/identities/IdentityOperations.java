package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.operation.Operation.DELETE_IDENTITIES;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY;
import static io.github.cognitofake.operation.Operation.GET_ID;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITIES;
import static io.github.cognitofake.operation.Operation.UNLINK_IDENTITY;

import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** GetId, DescribeIdentity, ListIdentities, UnlinkIdentity, DeleteIdentities. */
public final class IdentityOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS = Collections.unmodifiableSet(
            EnumSet.of(GET_ID, DESCRIBE_IDENTITY, LIST_IDENTITIES, UNLINK_IDENTITY, DELETE_IDENTITIES));

    private final IdentityService identities;
    private final UnlinkIdentityService unlinking;
    private final DeleteIdentitiesService deleting;

    public IdentityOperations(PoolStore store, IdentityService identities) {
        this.identities = identities;
        this.unlinking = new UnlinkIdentityService(store, identities);
        this.deleting = new DeleteIdentitiesService(store);
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case GET_ID -> OperationHandler.of(GetIdInput.class, identities::getId);
            case DESCRIBE_IDENTITY -> OperationHandler.of(IdentityIdInput.class, identities::describe);
            case LIST_IDENTITIES -> OperationHandler.of(ListIdentitiesInput.class, identities::list);
            case UNLINK_IDENTITY -> OperationHandler.returningNothing(UnlinkIdentityInput.class, unlinking::unlink);
            case DELETE_IDENTITIES -> OperationHandler.of(DeleteIdentitiesInput.class, deleting::delete);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
