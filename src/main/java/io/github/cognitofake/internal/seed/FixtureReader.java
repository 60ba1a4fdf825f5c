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
import java.util.List;
import java.util.Set;

/**
 * Reads a fixture (one pool object or an array of them, in the AWS CLI's describe-identity-pool plus
 * get-identity-pool-roles shape) into seed requests. It streams the JSON so every error can name the line
 * and column; what the members hold is left to the service to judge when the requests run, and its
 * refusals then name the pool's location.
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
        List<PoolRequest> pools = new ArrayList<>();
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
        return pools;
    }

    private PoolRequest pool(JsonParser parser) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        ObjectNode create = Json.MAPPER.createObjectNode();
        ObjectNode roles = Json.MAPPER.createObjectNode();
        ArrayNode principalTagMaps = null;
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            parser.nextToken();
            JsonNode value = parser.readValueAsTree();
            if (ID.equals(member)) {
                if (!value.isTextual()) {
                    throw bad(at, "IdentityPoolId must be a string");
                }
                id = value.asText();
            } else if (POOL_MEMBERS.contains(member)) {
                create.set(member, value);
            } else if (ROLE_MEMBERS.contains(member)) {
                roles.set(member, value);
            } else if (PRINCIPAL_TAG_MAPS.equals(member)) {
                principalTagMaps = principalTagMaps(at, value);
            } else {
                throw bad(
                        at,
                        "unknown member '" + member + "'; an identity pool fixture has IdentityPoolId, "
                                + String.join(", ", sorted(POOL_MEMBERS)) + ", Roles, RoleMappings and "
                                + PRINCIPAL_TAG_MAPS);
            }
        }
        String name = create.path("IdentityPoolName").asText(null);
        String origin = source + ", " + where(start) + ", identity pool '" + name + "'";
        return new PoolRequest(name, id, create, hasRoles(roles) ? roles : null, origin, principalTagMaps);
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
        return (ArrayNode) value;
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
