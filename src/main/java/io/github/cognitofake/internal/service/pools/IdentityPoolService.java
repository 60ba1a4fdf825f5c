package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.CallContext;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.PageTokens;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.state.IdentityPool;
import io.github.cognitofake.internal.state.PoolRoles;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.internal.state.StoredPool;
import java.util.List;

/** CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool, DeleteIdentityPool and ListIdentityPools. */
public final class IdentityPoolService {

    private final PoolStore store;
    private final IdSource ids;
    private final String region;
    private final PageTokens pageTokens = new PageTokens("ListIdentityPools");
    // Seeding sends a real CreateIdentityPool through the protocol; this names the id it must get. Bound
    // per thread because the protocol answers on the caller's thread and other callers must not see it.
    public IdentityPoolService(PoolStore store, IdSource ids, String region) {
        this.store = store;
        this.ids = ids;
        this.region = region;
    }

    /** CreateIdentityPool; a seeding call's context may name the pool's id, which must then be free. */
    @Behaviour(id = "pools.duplicate-names-allowed", status = CONFIRMED)
    public IdentityPool create(PoolInput input, CallContext context) {
        ProviderRules.checkCognitoIdentityProviders(input.cognitoIdentityProviders());
        if (input.identityPoolTags() != null) {
            TagRules.checkTagSet(input.identityPoolTags());
        }
        if (context.fixedPoolId().isPresent()) {
            String fixed = context.fixedPoolId().get();
            IdentityPool pool = input.toPool(fixed);
            if (!store.insert(pool, PoolRoles.NONE)) {
                throw ServiceError.resourceConflict(PoolTexts.poolIdTaken(fixed));
            }
            return pool;
        }
        IdentityPool pool;
        do {
            pool = input.toPool(region + ":" + ids.uuid());
        } while (!store.insert(pool, PoolRoles.NONE));
        return pool;
    }

    public IdentityPool describe(PoolIdInput input) {
        return existing(input.identityPoolId()).pool();
    }

    /** A full replace: what the input leaves out goes back to its default, with the exceptions of {@code replacement}. */
    @Behaviour(id = "pools.update-is-full-replace", status = CONFIRMED)
    public IdentityPool update(PoolInput input) {
        String id = input.identityPoolId();
        // A check of the request alone, so before the pool is looked up (as the ARN checks of the tag operations).
        ProviderRules.checkCognitoIdentityProviders(input.cognitoIdentityProviders());
        return store.update(id, current -> current.withPool(replacement(current.pool(), input)))
                .orElseThrow(() -> notFound(id))
                .pool();
    }

    /**
     * The pool an update makes: the input's members, except that omitted IdentityPoolTags keep the pool's tags
     * (tags have their own API), an omitted DeveloperProviderName keeps the one that is set (it cannot change)
     * and an omitted AllowClassicFlow keeps the pool's state (unset, false or true).
     */
    @Behaviour(id = "pools.update-keeps-omitted-tags", status = UNCONFIRMED)
    @Behaviour(id = "pools.update-keeps-omitted-allow-classic-flow", status = UNCONFIRMED)
    @Behaviour(id = "pools.update-keeps-omitted-developer-provider-name", status = CONFIRMED)
    private static IdentityPool replacement(IdentityPool current, PoolInput input) {
        IdentityPool next = input.toPool(current.identityPoolId());
        if (input.allowClassicFlow() == null) {
            next = next.withAllowClassicFlow(current.allowClassicFlow());
        }
        String developerProvider = current.developerProviderName();
        if (developerProvider != null) {
            if (input.developerProviderName() == null) {
                next = next.withDeveloperProviderName(developerProvider);
            } else if (!developerProvider.equals(input.developerProviderName())) {
                throw ServiceError.invalidParameter(PoolTexts.developerProviderNameChanged(developerProvider));
            }
        }
        if (input.identityPoolTags() == null) {
            next = next.withTags(current.identityPoolTags());
        } else {
            TagRules.checkTagSet(input.identityPoolTags());
        }
        return next;
    }

    public void delete(PoolIdInput input) {
        if (!store.delete(input.identityPoolId())) {
            throw notFound(input.identityPoolId());
        }
    }

    @Behaviour(id = "pools.invalid-pagination-token", status = UNCONFIRMED)
    @Behaviour(id = "pools.list-order-and-tokens", status = UNCONFIRMED)
    public ListIdentityPoolsOutput list(ListIdentityPoolsInput input) {
        long after = 0;
        if (input.nextToken() != null) {
            after = pageTokens
                    .decode(input.nextToken())
                    .orElseThrow(() -> ServiceError.invalidParameter(PageTokens.INVALID_TOKEN));
        }
        PoolStore.Page page = store.page(after, input.maxResults());
        List<ListIdentityPoolsOutput.PoolSummary> summaries = page.pools().stream()
                .map(stored -> new ListIdentityPoolsOutput.PoolSummary(
                        stored.pool().identityPoolId(), stored.pool().identityPoolName()))
                .toList();
        String next = page.more()
                ? pageTokens.encode(page.pools().get(page.pools().size() - 1).sequence())
                : null;
        return new ListIdentityPoolsOutput(summaries, next);
    }

    StoredPool existing(String identityPoolId) {
        return store.find(identityPoolId).orElseThrow(() -> notFound(identityPoolId));
    }

    public static ServiceError notFound(String identityPoolId) {
        return ServiceError.resourceNotFound(PoolTexts.poolNotFound(identityPoolId));
    }
}
