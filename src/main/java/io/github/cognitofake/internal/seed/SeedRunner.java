package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.internal.protocol.Json;
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

    /** Creates the pools in order and answers their ids. */
    public Seeded run(List<PoolRequest> pools) {
        List<Map.Entry<String, String>> created = new ArrayList<>();
        try {
            for (PoolRequest pool : pools) {
                String id = pool.fixedId() == null ? createPool(pool, CallContext.NONE) : createPoolWithFixedId(pool);
                // Recorded before the roles are set, so a refused SetIdentityPoolRoles rolls this pool back too.
                created.add(Map.entry(String.valueOf(pool.name()), id));
                setRoles(pool, id);
                setPrincipalTagMaps(pool, id);
            }
        } catch (RuntimeException refused) {
            created.forEach(entry -> protocol.invoke(
                    Operation.DELETE_IDENTITY_POOL,
                    Json.MAPPER.createObjectNode().put("IdentityPoolId", entry.getValue()),
                    CallContext.NONE));
            throw refused;
        }
        return new SeededPools(created);
    }

    private void setRoles(PoolRequest pool, String id) {
        if (pool.roles() != null) {
            ObjectNode roles = Json.MAPPER.createObjectNode().put("IdentityPoolId", id);
            roles.setAll(pool.roles());
            call(pool, Operation.SET_IDENTITY_POOL_ROLES, roles, CallContext.NONE);
        }
    }

    private void setPrincipalTagMaps(PoolRequest pool, String id) {
        if (pool.principalTagMaps() != null) {
            for (JsonNode map : pool.principalTagMaps()) {
                ObjectNode body = Json.MAPPER.createObjectNode().put("IdentityPoolId", id);
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
                    Operation.DESCRIBE_IDENTITY_POOL,
                    Json.MAPPER.createObjectNode().put("IdentityPoolId", id),
                    CallContext.NONE);
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
