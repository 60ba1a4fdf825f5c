package io.github.cognitofake.internal.service.common;

import java.util.Objects;
import java.util.Optional;

/**
 * What a call carries besides its input. A call from the wire carries nothing ({@link #NONE}); the fake's
 * own seeding may ask CreateIdentityPool for a chosen pool id, which no client of the real service can.
 * Passed explicitly to every handler, so no rule depends on which thread a call runs on.
 */
public final class CallContext {

    /** A call as it arrives from a client. */
    public static final CallContext NONE = new CallContext(null);

    private final String poolId;

    private CallContext(String poolId) {
        this.poolId = poolId;
    }

    /** A seeding call whose CreateIdentityPool must create the pool with {@code identityPoolId}. */
    public static CallContext creatingPool(String identityPoolId) {
        return new CallContext(Objects.requireNonNull(identityPoolId, "identityPoolId"));
    }

    /** The pool id CreateIdentityPool must use instead of generating one. */
    public Optional<String> fixedPoolId() {
        return Optional.ofNullable(poolId);
    }
}
