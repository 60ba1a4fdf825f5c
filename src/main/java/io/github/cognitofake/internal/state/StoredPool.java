package io.github.cognitofake.internal.state;

/**
 * An identity pool as the store keeps it: its configuration and roles are replaced together, so a
 * reader never sees a pool with another version's roles.
 *
 * @param sequence creation order, which ListIdentityPools pages through
 * @param identities the pool's identities: one thread-safe registry for the pool's whole life, carried
 *     over by every change of configuration or roles and dropped with the pool
 */
public record StoredPool(long sequence, IdentityPool pool, PoolRoles roles, PoolIdentities identities) {

    public StoredPool withPool(IdentityPool newPool) {
        return new StoredPool(sequence, newPool, roles, identities);
    }

    public StoredPool withRoles(PoolRoles newRoles) {
        return new StoredPool(sequence, pool, newRoles, identities);
    }
}
