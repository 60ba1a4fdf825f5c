package io.github.cognitofake.internal.service.pools;

import io.github.cognitofake.internal.service.common.Fidelity;
import io.github.cognitofake.internal.service.common.ServiceError;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The checks on an identity pool's tags that the model cannot express, shared by the tagging operations
 * and by CreateIdentityPool and UpdateIdentityPool, which set the same tags through IdentityPoolTags.
 */
public final class TagRules {

    private static final String RESERVED_PREFIX = "aws:";

    private TagRules() {}

    /** Refuses the first key, in the caller's order, that uses the prefix AWS reserves for its own tags. */
    public static void checkKeysNotReserved(Collection<String> keys) {
        for (String key : keys) {
            if (key.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
                throw ServiceError.invalidParameter(Fidelity.reservedTagKey(key));
            }
        }
    }

    /** Refuses a tag set a pool may not have: reserved keys, or more tags than the quota. */
    static void checkTagSet(Map<String, String> tags) {
        checkKeysNotReserved(tags.keySet());
        checkCount(tags);
    }

    /** Refuses more tags than the documented quota of an identity pool. */
    public static void checkCount(Map<String, String> tags) {
        if (tags.size() > Fidelity.MAX_TAGS_PER_POOL) {
            throw ServiceError.invalidParameter(Fidelity.tooManyTags(tags.size()));
        }
    }
}
