package io.github.cognitofake.internal.service.tags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.pools.IdentityPoolService;
import io.github.cognitofake.internal.service.pools.TagRules;
import io.github.cognitofake.internal.state.PoolStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TagResource, UntagResource and ListTagsForResource. The tags are the pool's IdentityPoolTags, so
 * DescribeIdentityPool shows what these operations did and the other way round; every change is one atomic
 * update of the pool, so concurrent tagging calls never lose each other's tags.
 */
@Behaviour(id = "tags.tags-are-identity-pool-tags", status = CONFIRMED)
@Behaviour(id = "tags.missing-pool-not-found", status = UNCONFIRMED)
@Behaviour(id = "tags.check-order", status = UNCONFIRMED)
@Behaviour(id = "tags.empty-collections-accepted", status = UNCONFIRMED)
public final class TagService {

    private final PoolStore store;
    private final IdentityPoolArns arns;

    public TagService(PoolStore store, AccountRegion home) {
        this.store = store;
        this.arns = new IdentityPoolArns(home);
    }

    /** Adds the tags, overwriting the values of keys the pool has already; the quota counts the merged set. */
    @Behaviour(id = "tags.tag-and-untag-answer-empty", status = CONFIRMED)
    @Behaviour(id = "tags.order", status = UNCONFIRMED)
    public void tag(TagResourceInput input) {
        String id = arns.poolIdOf(input.resourceArn());
        store.update(id, current -> {
                    TagRules.checkKeysNotReserved(input.tags().keySet());
                    Map<String, String> merged =
                            new LinkedHashMap<>(current.pool().identityPoolTags());
                    merged.putAll(input.tags());
                    TagRules.checkCount(merged);
                    return current.withPool(current.pool().withTags(merged));
                })
                .orElseThrow(() -> IdentityPoolService.notFound(id));
    }

    /** Removes the tags with these keys; keys the pool does not have are ignored. */
    @Behaviour(id = "tags.untag-ignores-missing-keys", status = UNCONFIRMED)
    public void untag(UntagResourceInput input) {
        String id = arns.poolIdOf(input.resourceArn());
        store.update(id, current -> {
                    TagRules.checkKeysNotReserved(input.tagKeys());
                    Map<String, String> remaining =
                            new LinkedHashMap<>(current.pool().identityPoolTags());
                    remaining.keySet().removeAll(input.tagKeys());
                    return current.withPool(current.pool().withTags(remaining));
                })
                .orElseThrow(() -> IdentityPoolService.notFound(id));
    }

    /** The pool's tags, the same as its IdentityPoolTags. */
    public ListTagsForResourceOutput list(ResourceArnInput input) {
        String id = arns.poolIdOf(input.resourceArn());
        return store.find(id)
                .map(stored -> new ListTagsForResourceOutput(stored.pool().identityPoolTags()))
                .orElseThrow(() -> IdentityPoolService.notFound(id));
    }
}
