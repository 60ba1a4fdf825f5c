package io.github.cognitofake.internal.service.tags;

import static io.github.cognitofake.operation.Operation.LIST_TAGS_FOR_RESOURCE;
import static io.github.cognitofake.operation.Operation.TAG_RESOURCE;
import static io.github.cognitofake.operation.Operation.UNTAG_RESOURCE;

import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** TagResource, UntagResource, ListTagsForResource. */
public final class TagOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS =
            Collections.unmodifiableSet(EnumSet.of(TAG_RESOURCE, UNTAG_RESOURCE, LIST_TAGS_FOR_RESOURCE));

    private final TagService tags;

    public TagOperations(PoolStore store, AccountRegion home) {
        this.tags = new TagService(store, home);
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case TAG_RESOURCE -> OperationHandler.returningNothing(TagResourceInput.class, tags::tag);
            case UNTAG_RESOURCE -> OperationHandler.returningNothing(UntagResourceInput.class, tags::untag);
            case LIST_TAGS_FOR_RESOURCE -> OperationHandler.of(ResourceArnInput.class, tags::list);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
