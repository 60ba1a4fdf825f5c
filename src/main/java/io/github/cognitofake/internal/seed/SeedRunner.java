package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.internal.service.common.CallContext;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.pools.PoolTexts;
import io.github.cognitofake.operation.Operation;
import io.github.cognitofake.seed.SeedException;
import io.github.cognitofake.seed.Seeded;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates seeded pools by running the same operations an SDK client would call straight on the protocol
 * ({@link AwsJsonProtocol#invoke}), so they pass the model checks and the service's rules, yet never reach
 * the layers in front of it (front door, faults, call journal). All or nothing: when one call is refused,
 * the pools this run created are deleted again before the refusal is thrown.
 */
public final class SeedRunner {

    private final AwsJsonProtocol protocol;
    private final String region;

    public SeedRunner(AwsJsonProtocol protocol, String region) {
        this.protocol = protocol;
        this.region = region;
    }

    /**
     * Creates the pools in order and answers their ids. Roles for a pool the fake already holds (a fixture's
     * get-identity-pool-roles output of its own) replace that pool's roles, and are put back if the run fails.
     */
    public Seeded run(List<PoolRequest> pools) {
        List<Map.Entry<String, String>> created = new ArrayList<>();
        List<JsonNode> replacedRoles = new ArrayList<>();
        try {
            for (PoolRequest pool : pools) {
                if (pool.rolesOnly()) {
                    replacedRoles.add(setRolesOfExistingPool(pool));
                    continue;
                }
                String id = pool.fixedId() == null ? createPool(pool, CallContext.NONE) : createPoolWithFixedId(pool);
                // Recorded before the roles are set, so a refused SetIdentityPoolRoles rolls this pool back too.
                created.add(Map.entry(String.valueOf(pool.name()), id));
                setRoles(pool, id);
                setPrincipalTagMaps(pool, id);
            }
        } catch (RuntimeException refused) {
            for (JsonNode roles : replacedRoles) {
                try {
                    protocol.invoke(Operation.SET_IDENTITY_POOL_ROLES, roles, CallContext.NONE);
                } catch (RuntimeException notRestored) {
                    refused.addSuppressed(notRestored);
                }
            }
            created.forEach(entry -> protocol.invoke(
                    Operation.DELETE_IDENTITY_POOL,
                    JsonTree.object().put("IdentityPoolId", entry.getValue()),
                    CallContext.NONE));
            throw refused;
        }
        return new SeededPools(created);
    }

    /** Sets roles on a pool created before this run; answers its former roles, to put back on failure. */
    private JsonNode setRolesOfExistingPool(PoolRequest pool) {
        String id = pool.fixedId();
        JsonNode former;
        try {
            former = protocol.invoke(
                    Operation.GET_IDENTITY_POOL_ROLES, JsonTree.object().put("IdentityPoolId", id), CallContext.NONE);
        } catch (ServiceError error) {
            if (ServiceError.RESOURCE_NOT_FOUND.equals(error.code())) {
                throw new SeedException(
                        pool.origin() + ": no describe-identity-pool output names the identity pool '" + id
                                + "', and the fake holds no such pool. A get-identity-pool-roles output needs the"
                                + " describe-identity-pool output of its pool, in the same fixture or in one loaded"
                                + " before it (listed before it in fixtures = {...}).",
                        null);
            }
            throw refusal(pool, error);
        }
        ObjectNode restore = JsonTree.object().put("IdentityPoolId", id);
        restore.set("Roles", former.path("Roles").isObject() ? former.get("Roles") : JsonTree.object());
        if (former.has("RoleMappings")) {
            restore.set("RoleMappings", former.get("RoleMappings"));
        }
        setRoles(pool, id);
        setPrincipalTagMaps(pool, id);
        return restore;
    }

    private void setRoles(PoolRequest pool, String id) {
        if (pool.roles() != null) {
            ObjectNode roles = JsonTree.object().put("IdentityPoolId", id);
            roles.setAll(pool.roles());
            call(pool, Operation.SET_IDENTITY_POOL_ROLES, roles, CallContext.NONE);
        }
    }

    private void setPrincipalTagMaps(PoolRequest pool, String id) {
        if (pool.principalTagMaps() != null) {
            for (JsonNode map : pool.principalTagMaps()) {
                ObjectNode body = JsonTree.object().put("IdentityPoolId", id);
                map.properties().iterator().forEachRemaining(member -> {
                    if (!"IdentityPoolId".equals(member.getKey())) {
                        body.set(member.getKey(), member.getValue());
                    }
                });
                call(pool, Operation.SET_PRINCIPAL_TAG_ATTRIBUTE_MAP, body, CallContext.NONE);
            }
        }
    }

    private String createPool(PoolRequest pool, CallContext context) {
        return call(pool, Operation.CREATE_IDENTITY_POOL, pool.create(), context)
                .path("IdentityPoolId")
                .asText();
    }

    private String createPoolWithFixedId(PoolRequest pool) {
        String id = pool.fixedId();
        // DescribeIdentityPool checks the id against the model's pattern with the service's own message.
        try {
            protocol.invoke(
                    Operation.DESCRIBE_IDENTITY_POOL, JsonTree.object().put("IdentityPoolId", id), CallContext.NONE);
            throw new SeedException(pool.origin() + ": " + PoolTexts.poolIdTaken(id), null);
        } catch (ServiceError error) {
            if (!ServiceError.RESOURCE_NOT_FOUND.equals(error.code())) {
                throw refusal(pool, error);
            }
        }
        if (!id.startsWith(region + ":")) {
            throw new SeedException(
                    pool.origin() + ": the id '" + id + "' is not in this fake's region " + region
                            + "; use an id that starts with '" + region + ":' or a fake of that region.",
                    null);
        }
        return createPool(pool, CallContext.creatingPool(id));
    }

    private JsonNode call(PoolRequest pool, Operation operation, JsonNode body, CallContext context) {
        try {
            return protocol.invoke(operation, body, context);
        } catch (ServiceError error) {
            throw refusal(pool, error);
        }
    }

    private static SeedException refusal(PoolRequest pool, ServiceError error) {
        return new SeedException(pool.origin() + ": " + error.code() + ": " + error.getMessage(), error.code());
    }
}
