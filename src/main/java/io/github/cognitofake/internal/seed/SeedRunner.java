package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.internal.protocol.Json;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.pools.PoolTexts;
import io.github.cognitofake.operation.Operation;
import io.github.cognitofake.seed.SeedException;
import io.github.cognitofake.seed.Seeded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates seeded pools by sending the same JSON requests an SDK client would straight to the protocol,
 * so they pass the front door, the model checks and the service's rules, yet never reach the layers in
 * front of it (faults, call journal). All or nothing: when one request is refused, the pools this run
 * created are deleted again before the refusal is thrown.
 */
public final class SeedRunner {

    private static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    // The protocol only checks that a signature is there; seeding is the fake talking to itself.
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=seed";

    private final AwsJsonProtocol protocol;
    private final CognitoIdentityService service;
    private final String region;

    public SeedRunner(AwsJsonProtocol protocol, CognitoIdentityService service, String region) {
        this.protocol = protocol;
        this.service = service;
        this.region = region;
    }

    /** Creates the pools in order and answers their ids. */
    public Seeded run(List<PoolRequest> pools) {
        List<Map.Entry<String, String>> created = new ArrayList<>();
        try {
            for (PoolRequest pool : pools) {
                String id = pool.fixedId() == null ? createPool(pool) : createPoolWithFixedId(pool);
                // Recorded before the roles are set, so a refused SetIdentityPoolRoles rolls this pool back too.
                created.add(Map.entry(String.valueOf(pool.name()), id));
                setRoles(pool, id);
                setPrincipalTagMaps(pool, id);
            }
        } catch (RuntimeException refused) {
            created.forEach(entry -> call(
                    Operation.DELETE_IDENTITY_POOL,
                    Json.MAPPER.createObjectNode().put("IdentityPoolId", entry.getValue())));
            throw refused;
        }
        return new SeededPools(created);
    }

    private void setRoles(PoolRequest pool, String id) {
        if (pool.roles() != null) {
            ObjectNode roles = Json.MAPPER.createObjectNode().put("IdentityPoolId", id);
            roles.setAll(pool.roles());
            expectSuccess(pool, call(Operation.SET_IDENTITY_POOL_ROLES, roles));
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
                expectSuccess(pool, call(Operation.SET_PRINCIPAL_TAG_ATTRIBUTE_MAP, body));
            }
        }
    }

    private String createPool(PoolRequest pool) {
        return expectSuccess(pool, call(Operation.CREATE_IDENTITY_POOL, pool.create()))
                .path("IdentityPoolId")
                .asText();
    }

    private String createPoolWithFixedId(PoolRequest pool) {
        String id = pool.fixedId();
        // DescribeIdentityPool checks the id against the model's pattern with the service's own message.
        WireResponse existing = call(
                Operation.DESCRIBE_IDENTITY_POOL, Json.MAPPER.createObjectNode().put("IdentityPoolId", id));
        if (existing.status() == 200) {
            throw new SeedException(pool.origin() + ": " + PoolTexts.poolIdTaken(id), null);
        }
        JsonNode error = body(existing);
        if (!ServiceError.RESOURCE_NOT_FOUND.equals(error.path("__type").asText())) {
            throw refusal(pool, error);
        }
        if (!id.startsWith(region + ":")) {
            throw new SeedException(
                    pool.origin() + ": the id '" + id + "' is not in this fake's region " + region
                            + "; use an id that starts with '" + region + ":' or a fake of that region.",
                    null);
        }
        return service.creatingPoolWithId(id, () -> createPool(pool));
    }

    private WireResponse call(Operation operation, ObjectNode body) {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return protocol.handle(new WireRequest(
                "POST",
                "/",
                Map.of(
                        "Content-Type", List.of("application/x-amz-json-1.1"),
                        "X-Amz-Target", List.of(TARGET_PREFIX + operation.wireName()),
                        "Authorization", List.of(AUTHORIZATION)),
                bytes));
    }

    private static JsonNode expectSuccess(PoolRequest pool, WireResponse response) {
        JsonNode body = body(response);
        if (response.status() != 200) {
            throw refusal(pool, body);
        }
        return body;
    }

    private static SeedException refusal(PoolRequest pool, JsonNode error) {
        String code = error.path("__type").asText();
        // Coral's type-conversion errors spell the member "Message".
        String message = error.has("message")
                ? error.path("message").asText()
                : error.path("Message").asText();
        return new SeedException(pool.origin() + ": " + code + ": " + message, code);
    }

    private static JsonNode body(WireResponse response) {
        if (response.body().length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The fake answered a seed request with a body that is not JSON", e);
        }
    }
}
