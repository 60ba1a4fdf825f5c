package io.github.cognitofake.internal.state;

/**
 * An identity pool as the store keeps it: its configuration and roles are replaced together, so a
 * reader never sees a pool with another version's roles.
 *
 * @param sequence creation order, which ListIdentityPools pages through
 */
public record StoredPool(long sequence, IdentityPool pool, PoolRoles roles) {

    public StoredPool withPool(IdentityPool newPool) {
        return new StoredPool(sequence, newPool, roles);
    }

    public StoredPool withRoles(PoolRoles newRoles) {
        return new StoredPool(sequence, pool, newRoles);
    }
}
