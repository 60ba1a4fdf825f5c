package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.internal.state.StoredPool;
import io.github.cognitofake.internal.wire.Json;

/**
 * Writes the fake's pools as a fixture: for each pool, in creation order, what DescribeIdentityPool
 * answers merged with what GetIdentityPoolRoles answers, which {@link FixtureReader} reads back.
 */
public final class SnapshotWriter {

    private SnapshotWriter() {}

    public static String write(PoolStore pools) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (StoredPool stored : pools.all()) {
            ObjectNode pool = Json.MAPPER.valueToTree(stored.pool());
            pool.set("Roles", Json.MAPPER.valueToTree(stored.roles().roles()));
            if (!stored.roles().roleMappings().isEmpty()) {
                pool.set("RoleMappings", Json.MAPPER.valueToTree(stored.roles().roleMappings()));
            }
            out.add(pool);
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (JsonProcessingException defect) {
            throw new IllegalStateException("the fake's pools do not serialize", defect);
        }
    }
}
