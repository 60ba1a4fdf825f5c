package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.protocol.Json;
import io.github.cognitofake.seed.SeedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a fixture (one pool object or an array of them, in the AWS CLI's describe-identity-pool plus
 * get-identity-pool-roles shape) into seed requests. It streams the JSON so every error can name the line
 * and column; what the members hold is left to the service to judge when the requests run, and its
 * refusals then name the pool's location.
 *
 * <p>The CLI prints describe-identity-pool and get-identity-pool-roles separately, so objects with the same
 * {@code IdentityPoolId} are merged into one pool, in the place of the first; the same member twice must have
 * the same value. An object without pool members (only {@code IdentityPoolId}, {@code Roles},
 * {@code RoleMappings}: what get-identity-pool-roles prints) whose id no other object describes becomes roles for
 * a pool the fake already holds (see {@link PoolRequest#rolesOnly()}).
 */
public final class FixtureReader {

    private static final Set<String> POOL_MEMBERS = Set.of(
            "IdentityPoolName",
            "AllowUnauthenticatedIdentities",
            "AllowClassicFlow",
            "SupportedLoginProviders",
            "DeveloperProviderName",
            "OpenIdConnectProviderARNs",
            "CognitoIdentityProviders",
            "SamlProviderARNs",
            "IdentityPoolTags");
    private static final Set<String> ROLE_MEMBERS = Set.of("Roles", "RoleMappings");
    /** A list of get-principal-tag-attribute-map outputs without IdentityPoolId. */
    static final String PRINCIPAL_TAG_MAPS = "PrincipalTagAttributeMaps";

    private static final String ID = "IdentityPoolId";
    // Not the wire mapper: it refuses trailing tokens, which a value read from the middle of a stream has.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;

    private FixtureReader(String source) {
        this.source = source;
    }

    /** The pools of a fixture, in document order. */
    public static List<PoolRequest> read(String source, String json) {
        return new FixtureReader(source).read(json);
    }

    private List<PoolRequest> read(String json) {
        List<Part> pools = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                pools.add(pool(parser));
            } else if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw bad(
                                parser.currentTokenLocation(),
                                "expected an identity pool object, found "
                                        + parser.currentToken().asString());
                    }
                    pools.add(pool(parser));
                }
            } else {
                throw bad(
                        parser.currentTokenLocation(),
                        "a fixture is an identity pool object or a JSON array"
                                + " of them, as the AWS CLI prints describe-identity-pool");
            }
            if (parser.nextToken() != null) {
                throw bad(parser.currentTokenLocation(), "unexpected content after the fixture's JSON value");
            }
        } catch (JsonProcessingException notJson) {
            throw bad(notJson.getLocation(), notJson.getOriginalMessage());
        } catch (IOException e) {
            throw bad(null, e.getMessage());
        }
        return merge(pools);
    }

    /** One object of the fixture, before objects of the same pool are merged. */
    private static final class Part {
        final JsonLocation start;
        JsonLocation describedAt; // where the object with the pool's members starts
        final ObjectNode create = Json.MAPPER.createObjectNode();
        final ObjectNode roles = Json.MAPPER.createObjectNode();
        final Map<String, JsonLocation> locations = new HashMap<>();
        ArrayNode principalTagMaps;
        String id;

        Part(JsonLocation start) {
            this.start = start;
            this.describedAt = start;
        }
    }

    private List<PoolRequest> merge(List<Part> parts) {
        Map<String, Part> byId = new LinkedHashMap<>();
        List<Part> pools = new ArrayList<>();
        for (Part part : parts) {
            Part first = part.id == null ? null : byId.get(part.id);
            if (first == null) {
                pools.add(part);
                if (part.id != null) {
                    byId.put(part.id, part);
                }
            } else {
                absorb(first, part);
            }
        }
        return pools.stream().map(this::request).toList();
    }

    /** Adds what {@code later} says of the pool {@code first} describes; the same member must agree. */
    private void absorb(Part first, Part later) {
        if (first.create.isEmpty() && !later.create.isEmpty()) {
            first.describedAt = later.start;
        }
        absorb(first, later, first.create, later.create);
        absorb(first, later, first.roles, later.roles);
        if (later.principalTagMaps != null) {
            if (first.principalTagMaps == null) {
                first.principalTagMaps = later.principalTagMaps;
            } else {
                first.principalTagMaps.addAll(later.principalTagMaps);
            }
        }
    }

    private void absorb(Part first, Part later, ObjectNode into, ObjectNode from) {
        from.properties().forEach(member -> {
            JsonNode earlier = into.get(member.getKey());
            if (earlier != null && !earlier.equals(member.getValue())) {
                throw bad(
                        later.locations.get(member.getKey()),
                        "identity pool '" + first.id + "' has another " + member.getKey() + " at "
                                + where(first.locations.get(member.getKey()))
                                + "; objects with the same IdentityPoolId are merged, and must agree");
            }
            into.set(member.getKey(), member.getValue());
            first.locations.putIfAbsent(member.getKey(), later.locations.get(member.getKey()));
        });
    }

    private PoolRequest request(Part part) {
        ObjectNode roles = hasRoles(part.roles) ? part.roles : null;
        if (part.create.isEmpty()) {
            if (part.id == null) {
                throw bad(
                        part.start,
                        "this object names no identity pool: a describe-identity-pool output has IdentityPoolName,"
                                + " a get-identity-pool-roles output has the IdentityPoolId of its pool");
            }
            String origin = source + ", " + where(part.start) + ", roles of identity pool '" + part.id + "'";
            return PoolRequest.rolesOnly(part.id, roles, origin, part.principalTagMaps);
        }
        String name = part.create.path("IdentityPoolName").asText(null);
        String origin = source + ", " + where(part.describedAt) + ", identity pool '" + name + "'";
        return new PoolRequest(name, part.id, part.create, roles, origin, part.principalTagMaps);
    }

    private Part pool(JsonParser parser) throws IOException {
        Part part = new Part(parser.currentTokenLocation());
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            part.locations.put(member, at);
            parser.nextToken();
            JsonNode value = parser.readValueAsTree();
            if (ID.equals(member)) {
                if (!value.isTextual()) {
                    throw bad(at, "IdentityPoolId must be a string");
                }
                part.id = value.asText();
            } else if (POOL_MEMBERS.contains(member)) {
                part.create.set(member, value);
            } else if (ROLE_MEMBERS.contains(member)) {
                part.roles.set(member, value);
            } else if (PRINCIPAL_TAG_MAPS.equals(member)) {
                part.principalTagMaps = principalTagMaps(at, value);
            } else {
                throw bad(
                        at,
                        "unknown member '" + member + "'; an identity pool fixture has IdentityPoolId, "
                                + String.join(", ", sorted(POOL_MEMBERS)) + ", Roles, RoleMappings and "
                                + PRINCIPAL_TAG_MAPS);
            }
        }
        return part;
    }

    /** Each element becomes the body of a SetPrincipalTagAttributeMap call, which judges its members. */
    private ArrayNode principalTagMaps(JsonLocation at, JsonNode value) {
        if (!value.isArray()) {
            throw bad(
                    at,
                    PRINCIPAL_TAG_MAPS + " must be an array of objects with IdentityProviderName, UseDefaults"
                            + " and PrincipalTags, as get-principal-tag-attribute-map prints them");
        }
        for (JsonNode map : value) {
            if (!map.isObject()) {
                throw bad(
                        at,
                        PRINCIPAL_TAG_MAPS + " must hold objects with IdentityProviderName, UseDefaults"
                                + " and PrincipalTags, as get-principal-tag-attribute-map prints them");
            }
        }
        return ((ArrayNode) value).deepCopy();
    }

    /** get-identity-pool-roles prints empty Roles for a pool without roles; that needs no call. */
    private static boolean hasRoles(ObjectNode roles) {
        return roles.has("RoleMappings")
                || (roles.has("Roles") && !roles.get("Roles").isEmpty());
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private SeedException bad(JsonLocation location, String what) {
        return new SeedException(
                "Bad fixture " + source + (location == null ? "" : ", " + where(location)) + ": " + what, null);
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
