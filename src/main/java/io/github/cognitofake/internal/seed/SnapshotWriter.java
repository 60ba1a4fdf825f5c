package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.protocol.Json;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagProviders;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.internal.state.StoredPool;

/**
 * Writes the fake's pools as a fixture: for each pool, in creation order, what DescribeIdentityPool
 * answers merged with what GetIdentityPoolRoles answers and, under {@code PrincipalTagAttributeMaps}, what
 * GetPrincipalTagAttributeMap answers for each provider that has a map, which {@link FixtureReader} reads back.
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
            ArrayNode principalTagMaps = principalTagMaps(stored);
            if (!principalTagMaps.isEmpty()) {
                pool.set(FixtureReader.PRINCIPAL_TAG_MAPS, principalTagMaps);
            }
            out.add(pool);
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (JsonProcessingException defect) {
            throw new IllegalStateException("the fake's pools do not serialize", defect);
        }
    }

    /**
     * As get-principal-tag-attribute-map prints each map, without IdentityPoolId. Maps of providers that were
     * removed from the pool are left out: the API cannot reach them, and loading them would be refused.
     */
    private static ArrayNode principalTagMaps(StoredPool stored) {
        ArrayNode maps = Json.MAPPER.createArrayNode();
        stored.principalTagMaps().forEach((provider, map) -> {
            if (PrincipalTagProviders.isConfigured(stored.pool(), provider)) {
                ObjectNode out =
                        maps.addObject().put("IdentityProviderName", provider).put("UseDefaults", map.useDefaults());
                if (!map.principalTags().isEmpty()) {
                    out.set("PrincipalTags", Json.MAPPER.valueToTree(map.principalTags()));
                }
            }
        });
        return maps;
    }
}
