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
 * @param identities       the pool's identities: one thread-safe registry for the pool's whole life, carried
 *     over by every change of configuration, roles or principal tags and dropped with the pool
 */
public record StoredPool(
        long sequence,
        IdentityPool pool,
        PoolRoles roles,
        Map<String, PrincipalTagMap> principalTagMaps,
        PoolIdentities identities) {

    public StoredPool {
        principalTagMaps = Copies.orderedMap(principalTagMaps);
    }

    public StoredPool withPool(IdentityPool newPool) {
        return new StoredPool(sequence, newPool, roles, principalTagMaps, identities);
    }

    public StoredPool withRoles(PoolRoles newRoles) {
        return new StoredPool(sequence, pool, newRoles, principalTagMaps, identities);
    }

    /** This pool with the principal tag map of one provider replaced (or added after the others). */
    public StoredPool withPrincipalTagMap(String providerName, PrincipalTagMap map) {
        Map<String, PrincipalTagMap> maps = new LinkedHashMap<>(principalTagMaps);
        maps.put(providerName, map);
        return new StoredPool(sequence, pool, roles, maps, identities);
    }
}
