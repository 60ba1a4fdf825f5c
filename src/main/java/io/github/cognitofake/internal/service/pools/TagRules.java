package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.ServiceError;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The checks on an identity pool's tags that the model cannot express, shared by the tagging operations
 * and by CreateIdentityPool and UpdateIdentityPool, which set the same tags through IdentityPoolTags.
 */
@Behaviour(id = "tags.characters-not-checked", status = UNCONFIRMED)
public final class TagRules {

    /** The documented quota of tags per identity pool (the model sets no limit on the map). */
    @Behaviour(id = "tags.quota-50-tags", status = CONFIRMED)
    static final int MAX_TAGS_PER_POOL = 50;

    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {}

    /** Refuses the first key, in the caller's order, that uses the prefix AWS reserves for its own tags. */
    public static void checkKeysNotReserved(Collection<String> keys) {
        for (String key : keys) {
            if (key.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
                throw ServiceError.invalidParameter(PoolTexts.reservedTagKey(key));
            }
        }
    }

    /** Refuses a tag set a pool may not have: reserved keys, or more tags than the quota. */
    @Behaviour(id = "tags.quota-on-pool-tags", status = UNCONFIRMED)
    static void checkTagSet(Map<String, String> tags) {
        checkKeysNotReserved(tags.keySet());
        checkCount(tags);
    }

    /** Refuses more tags than the documented quota of an identity pool. */
    public static void checkCount(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS_PER_POOL) {
            throw ServiceError.invalidParameter(PoolTexts.tooManyTags(tags.size()));
        }
    }
}
