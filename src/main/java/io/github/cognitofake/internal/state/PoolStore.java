package io.github.cognitofake.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The identity pools of one fake, safe for any number of threads.
 *
 * <p>Each pool is one immutable {@link StoredPool} swapped atomically, so readers never lock and never
 * see half of a change. A change function that throws leaves the pool as it was. The creation order
 * index lets listings resume after the last pool they returned, which stays correct while pools are
 * created and deleted between pages.
 */
public final class PoolStore {

    private final ConcurrentHashMap<String, StoredPool> pools = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, String> creationOrder = new ConcurrentSkipListMap<>();
    // Serializes creations; a lock of its own, as a concurrent map's monitor guards none of the map's operations.
    private final Object creationLock = new Object();
    private final AtomicLong sequence = new AtomicLong();
    // identity id → pool id, for the operations that name only an identity; kept by PoolIdentities
    private final ConcurrentHashMap<String, String> identityDirectory = new ConcurrentHashMap<>();

    public Optional<StoredPool> find(String identityPoolId) {
        return Optional.ofNullable(pools.get(identityPoolId));
    }

    /**
     * Adds a pool with the given roles.
     *
     * @return false, changing nothing, when a pool with that id exists already
     */
    public boolean insert(IdentityPool pool, PoolRoles roles) {
        // Creations are serialized so that a pool becomes visible before any later one: a listing that is
        // under way can then never return a newer pool and miss an older one.
        synchronized (creationLock) {
            long order = sequence.incrementAndGet();
            if (pools.putIfAbsent(
                            pool.identityPoolId(),
                            new StoredPool(
                                    order,
                                    pool,
                                    roles,
                                    Map.of(),
                                    new PoolIdentities(pool.identityPoolId(), identityDirectory)))
                    != null) {
                return false;
            }
            creationOrder.put(order, pool.identityPoolId());
            return true;
        }
    }

    /**
     * Replaces a pool with what {@code change} makes of it, atomically with respect to every other change
     * of that pool. If {@code change} throws, the pool stays as it was and the exception propagates.
     *
     * @return the new state, or empty when there is no such pool
     */
    public Optional<StoredPool> update(String identityPoolId, UnaryOperator<StoredPool> change) {
        return Optional.ofNullable(pools.computeIfPresent(identityPoolId, (id, current) -> change.apply(current)));
    }

    /** @return false when there was no such pool */
    public boolean delete(String identityPoolId) {
        StoredPool removed = pools.remove(identityPoolId);
        if (removed == null) {
            return false;
        }
        creationOrder.remove(removed.sequence());
        removed.identities().close();
        return true;
    }

    /** The pool an identity belongs to, or empty when no pool has that identity. */
    public Optional<StoredPool> poolOfIdentity(String identityId) {
        String poolId = identityDirectory.get(identityId);
        return poolId == null ? Optional.empty() : find(poolId);
    }

    /** An identity of any pool, or empty when there is none with that id. */
    public Optional<Identity> findIdentity(String identityId) {
        return poolOfIdentity(identityId).flatMap(stored -> stored.identities().find(identityId));
    }

    /**
     * Up to {@code limit} pools created after {@code afterSequence}, in creation order.
     *
     * @param afterSequence 0 for the first page, else the sequence of the last pool of the previous page
     */
    public Page page(long afterSequence, int limit) {
        List<StoredPool> found = new ArrayList<>(Math.min(limit, 64));
        ConcurrentNavigableMap<Long, String> later = creationOrder.tailMap(afterSequence, false);
        for (Map.Entry<Long, String> entry : later.entrySet()) {
            StoredPool pool = pools.get(entry.getValue());
            if (pool == null) {
                continue; // deleted since it was indexed
            }
            if (found.size() == limit) {
                return new Page(found, true);
            }
            found.add(pool);
        }
        return new Page(found, false);
    }

    /** Every pool, in creation order. */
    public List<StoredPool> all() {
        return page(0, Integer.MAX_VALUE).pools();
    }

    public void clear() {
        pools.values().forEach(stored -> stored.identities().close());
        pools.clear();
        creationOrder.clear();
        identityDirectory.clear();
    }

    /** One page of a listing; {@code more} says whether pools follow it. */
    public record Page(List<StoredPool> pools, boolean more) {}
}
