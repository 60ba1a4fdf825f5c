package io.github.cognitofake.internal.state;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An identity pool as the store keeps it: its configuration, roles and principal tag maps are replaced
 * together, so a reader never sees a pool with another version's roles, and deleting the pool deletes
 * everything that belongs to it.
 *
 * @param sequence         creation order, which ListIdentityPools pages through
 * @param principalTagMaps the SetPrincipalTagAttributeMap settings by identity provider name, in the order first set
 */
public record StoredPool(
        long sequence, IdentityPool pool, PoolRoles roles, Map<String, PrincipalTagMap> principalTagMaps) {

    public StoredPool {
        principalTagMaps = Copies.orderedMap(principalTagMaps);
    }

    /** A pool without principal tag maps. */
    public StoredPool(long sequence, IdentityPool pool, PoolRoles roles) {
        this(sequence, pool, roles, Map.of());
    }

    public StoredPool withPool(IdentityPool newPool) {
        return new StoredPool(sequence, newPool, roles, principalTagMaps);
    }

    public StoredPool withRoles(PoolRoles newRoles) {
        return new StoredPool(sequence, pool, newRoles, principalTagMaps);
    }

    /** This pool with the principal tag map of one provider replaced (or added after the others). */
    public StoredPool withPrincipalTagMap(String providerName, PrincipalTagMap map) {
        Map<String, PrincipalTagMap> maps = new LinkedHashMap<>(principalTagMaps);
        maps.put(providerName, map);
        return new StoredPool(sequence, pool, roles, maps);
    }
}
