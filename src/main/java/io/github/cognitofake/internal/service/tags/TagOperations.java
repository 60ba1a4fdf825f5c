package io.github.cognitofake.internal.service.tags;

import static io.github.cognitofake.operation.Operation.LIST_TAGS_FOR_RESOURCE;
import static io.github.cognitofake.operation.Operation.TAG_RESOURCE;
import static io.github.cognitofake.operation.Operation.UNTAG_RESOURCE;

import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.state.PoolStore;

/** TagResource, UntagResource, ListTagsForResource. */
public final class TagOperations implements OperationFamily {

    private final TagService tags;

    public TagOperations(PoolStore store, AccountRegion home) {
        this.tags = new TagService(store, home);
    }

    @Override
    public void register(HandlerTable table) {
        table.put(TAG_RESOURCE, OperationHandler.returningNothing(TagResourceInput.class, tags::tag))
                .put(UNTAG_RESOURCE, OperationHandler.returningNothing(UntagResourceInput.class, tags::untag))
                .put(LIST_TAGS_FOR_RESOURCE, OperationHandler.of(ResourceArnInput.class, tags::list));
    }
}
