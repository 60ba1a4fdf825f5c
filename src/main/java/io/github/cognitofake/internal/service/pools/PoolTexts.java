package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/**
 * The messages of the identity pool operations and of the tag rules they share with the tagging operations
 * ({@link TagRules}). docs/fidelity.md gives each its evidence.
 */
public final class PoolTexts {

    private PoolTexts() {}

    /** Seen for GetId and DescribeIdentityPool; used for every operation that takes a pool id. */
    @Behaviour(id = "pools.pool-not-found", status = CONFIRMED)
    @Behaviour(id = "pools.pool-not-found-other-operations", status = UNCONFIRMED)
    static String poolNotFound(String identityPoolId) {
        return "IdentityPool '" + identityPoolId + "' not found.";
    }

    @Behaviour(id = "pools.developer-provider-name-cannot-change", status = UNCONFIRMED)
    static String developerProviderNameChanged(String current) {
        return "Developer provider name cannot be changed once set. It is currently '" + current + "'.";
    }

    /** Fake-only (the API cannot choose pool ids): seeding a fixed id that a pool already has. */
    @Behaviour(id = "fake.pool-id-taken", status = UNCONFIRMED)
    public static String poolIdTaken(String identityPoolId) {
        return "An identity pool with id '" + identityPoolId + "' exists already.";
    }

    /** A tag key starting with {@code aws:} in any case; values may start with it. */
    @Behaviour(id = "tags.reserved-key-prefix", status = UNCONFIRMED)
    static String reservedTagKey(String key) {
        return "Tag key '" + key + "' starts with 'aws:', which is reserved for AWS use.";
    }

    /** More tags than {@code TagRules.MAX_TAGS_PER_POOL}, counted after TagResource merged its tags. */
    @Behaviour(id = "tags.too-many-tags", status = UNCONFIRMED)
    static String tooManyTags(int count) {
        return "An identity pool can have at most " + TagRules.MAX_TAGS_PER_POOL + " tags; this request would give it "
                + count + ".";
    }
}
