package io.github.cognitofake.internal.service.pools;

import io.github.cognitofake.internal.service.common.CallContext;
import io.github.cognitofake.internal.service.common.Fidelity;
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
    public IdentityPool create(PoolInput input, CallContext context) {
        ProviderRules.checkCognitoIdentityProviders(input.cognitoIdentityProviders());
        if (input.identityPoolTags() != null) {
            TagRules.checkTagSet(input.identityPoolTags());
        }
        if (context.fixedPoolId().isPresent()) {
            String fixed = context.fixedPoolId().get();
            IdentityPool pool = input.toPool(fixed);
            if (!store.insert(pool, PoolRoles.NONE)) {
                throw ServiceError.resourceConflict(Fidelity.poolIdTaken(fixed));
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

    /** A full replace: what the input leaves out goes back to its default, with the exceptions in {@link Fidelity}. */
    public IdentityPool update(PoolInput input) {
        String id = input.identityPoolId();
        // A check of the request alone, so before the pool is looked up (as the ARN checks of the tag operations).
        ProviderRules.checkCognitoIdentityProviders(input.cognitoIdentityProviders());
        return store.update(id, current -> current.withPool(replacement(current.pool(), input)))
                .orElseThrow(() -> notFound(id))
                .pool();
    }

    private static IdentityPool replacement(IdentityPool current, PoolInput input) {
        IdentityPool next = input.toPool(current.identityPoolId());
        String developerProvider = current.developerProviderName();
        if (developerProvider != null) {
            if (input.developerProviderName() == null) {
                if (Fidelity.UPDATE_KEEPS_OMITTED_DEVELOPER_PROVIDER_NAME) {
                    next = next.withDeveloperProviderName(developerProvider);
                }
            } else if (!developerProvider.equals(input.developerProviderName())) {
                throw ServiceError.invalidParameter(Fidelity.developerProviderNameChanged(developerProvider));
            }
        }
        if (input.identityPoolTags() == null && Fidelity.UPDATE_KEEPS_OMITTED_TAGS) {
            next = next.withTags(current.identityPoolTags());
        } else if (input.identityPoolTags() != null) {
            TagRules.checkTagSet(input.identityPoolTags());
        }
        return next;
    }

    public void delete(PoolIdInput input) {
        if (!store.delete(input.identityPoolId())) {
            throw notFound(input.identityPoolId());
        }
    }

    public ListIdentityPoolsOutput list(ListIdentityPoolsInput input) {
        long after = 0;
        if (input.nextToken() != null) {
            after = pageTokens
                    .decode(input.nextToken())
                    .orElseThrow(() -> ServiceError.invalidParameter(Fidelity.INVALID_PAGINATION_TOKEN));
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
        return ServiceError.resourceNotFound(Fidelity.poolNotFound(identityPoolId));
    }
}
