package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One pool to seed, as the requests that create it.
 *
 * @param name      the pool's name, its key among the seed's ids; null for {@linkplain #rolesOnly() roles only}
 * @param fixedId   the id the pool must get, or null for a generated one
 * @param create    the CreateIdentityPool body; null for roles of a pool the fake already holds
 * @param roles     the SetIdentityPoolRoles body without IdentityPoolId, or null when the pool has no roles
 * @param origin    how error messages name this pool, such as {@code identity pool 'app'}
 * @param principalTagMaps SetPrincipalTagAttributeMap bodies without IdentityPoolId, or null when there are none
 */
public record PoolRequest(
        String name, String fixedId, ObjectNode create, ObjectNode roles, String origin, ArrayNode principalTagMaps) {

    /**
     * Roles (and principal tag maps) for a pool the fake already holds: a get-identity-pool-roles output whose
     * pool no describe-identity-pool output in the same fixture names.
     */
    static PoolRequest rolesOnly(String id, ObjectNode roles, String origin, ArrayNode principalTagMaps) {
        return new PoolRequest(null, id, null, roles, origin, principalTagMaps);
    }

    /** {@return whether this request only sets the roles of an existing pool} */
    public boolean rolesOnly() {
        return create == null;
    }

    /** A pool without principal tag maps. */
    public PoolRequest(String name, String fixedId, ObjectNode create, ObjectNode roles, String origin) {
        this(name, fixedId, create, roles, origin, null);
    }
}
