package io.github.cognitofake.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cognitofake.fuzz.FuzzCall.Kind;
import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.model.Shape;
import io.github.cognitofake.internal.model.ShapeType;
import io.github.cognitofake.internal.protocol.ConstraintValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Makes requests from the bundled service model: for any operation, a body that satisfies every constraint of its
 * input shape (walking {@link Shape}s: structures, lists, maps, strings with length, pattern and enum, numbers
 * with ranges), then, for the other kinds, that body with one thing broken. Values are drawn from what the seeded
 * {@link FuzzWorld} holds (its pool and identity ids, logins, provider names, roles) often enough that operations
 * reach their service rules, and generated freely otherwise.
 */
final class ModelRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Characters for strings the model leaves free: ASCII, Latin, CJK, an emoji, and a few control characters. */
    private static final String FREE =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.:/@+=,;!?#$%&*()[]{}<>'\"\\~^`|"
                    + "\u00e9\u00fc\u00df\u03a9\u6f22\u5b57";

    private static final String[] RARE = {"\uD83D\uDE00", "\n", "\t", "\u0000", "\u007f", "\u2028"};

    private final ServiceModel model = ServiceModel.cognitoIdentity();
    private final List<OperationModel> operations = new ArrayList<>();
    private final FuzzWorld world;

    ModelRequests(FuzzWorld world) {
        this.world = world;
        for (String name : model.operationNames()) {
            operations.add(model.operation(name).orElseThrow());
        }
    }

    OperationModel operation(String name) {
        return model.operation(name).orElseThrow();
    }

    /** A request of any operation, of a kind drawn with the weights given (one per {@link Kind}, in order). */
    FuzzCall next(Random random, int[] weights) {
        Kind kind = Kind.values()[pick(random, weights)];
        OperationModel operation = operations.get(random.nextInt(operations.size()));
        return make(random, kind, operation);
    }

    FuzzCall make(Random random, Kind kind, OperationModel operation) {
        ObjectNode body = validBody(operation, random);
        String op = operation.name();
        return switch (kind) {
            case VALID -> {
                Wire.Request request = post(op, body);
                int variant = random.nextInt(10);
                if (variant == 0) {
                    request = request.withHeader(Wire.CONTENT_TYPE, "application/x-amz-json-1.0");
                } else if (variant == 1) {
                    request = request.withHeader(Wire.CONTENT_TYPE, "Application/X-Amz-JSON-1.1; charset=UTF-8");
                }
                yield new FuzzCall(
                        kind,
                        op,
                        variant < 2 ? "content type " + request.headers().get(Wire.CONTENT_TYPE) : "",
                        request,
                        body);
            }
            case CONSTRAINT_VIOLATED -> violated(random, operation, body);
            case WRONG_TYPE -> wrongType(random, operation, body);
            case UNKNOWN_MEMBERS -> {
                String added = addUnknownMembers(random, operation.input(), body);
                yield new FuzzCall(kind, op, added, post(op, body), null);
            }
            case TRUNCATED_JSON -> {
                byte[] bytes = bytes(body);
                int cut = 1 + random.nextInt(bytes.length - 1);
                yield new FuzzCall(
                        kind,
                        op,
                        "cut at " + cut + " of " + bytes.length,
                        Wire.Request.post(op, java.util.Arrays.copyOf(bytes, cut)),
                        null);
            }
            case NOT_JSON -> {
                byte[] bytes = notJson(random, body);
                yield new FuzzCall(kind, op, "", Wire.Request.post(op, bytes), null);
            }
            case EMPTY_BODY -> new FuzzCall(kind, op, "", Wire.Request.post(op, new byte[0]), null);
            case NO_TARGET -> new FuzzCall(kind, op, "", post(op, body).withHeader(Wire.TARGET, null), null);
            case UNKNOWN_TARGET -> {
                String target = unknownTarget(random, op);
                yield new FuzzCall(kind, op, "target " + target, post(op, body).withHeader(Wire.TARGET, target), null);
            }
            case WRONG_CONTENT_TYPE -> {
                String type = wrongContentType(random);
                yield new FuzzCall(
                        kind, op, "content type " + type, post(op, body).withHeader(Wire.CONTENT_TYPE, type), null);
            }
            case NO_CONTENT_TYPE_NOR_TARGET -> {
                String type = wrongContentType(random);
                yield new FuzzCall(
                        kind,
                        op,
                        "content type " + type,
                        post(op, body).withHeader(Wire.CONTENT_TYPE, type).withHeader(Wire.TARGET, null),
                        null);
            }
            case WRONG_METHOD -> {
                SdkHttpMethod method = List.of(
                                SdkHttpMethod.GET, SdkHttpMethod.PUT, SdkHttpMethod.DELETE, SdkHttpMethod.PATCH)
                        .get(random.nextInt(4));
                yield new FuzzCall(kind, op, method.name(), post(op, body).withMethod(method), null);
            }
            case NO_AUTHORIZATION ->
                new FuzzCall(kind, op, "", post(op, body).withHeader(Wire.AUTHORIZATION, null), body);
        };
    }

    private static Wire.Request post(String operation, JsonNode body) {
        return Wire.Request.post(operation, bytes(body));
    }

    static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- valid bodies

    /** A body every model constraint of the operation's input accepts; checked by the fake's own validator. */
    ObjectNode validBody(OperationModel operation, Random random) {
        for (int attempt = 0; attempt < 5; attempt++) {
            // After a few bodies whose world values broke a constraint, generic values only: valid by construction.
            ObjectNode body = (ObjectNode) value(operation.input(), "", random, 0, attempt < 3);
            if (ConstraintValidator.validate(operation.input(), body).isEmpty()) {
                return body;
            }
            if (attempt == 4) {
                throw new IllegalStateException("the generator made an invalid body for " + operation.name() + ": "
                        + body + " " + ConstraintValidator.validate(operation.input(), body));
            }
        }
        throw new AssertionError();
    }

    private JsonNode value(Shape shape, String member, Random random, int depth, boolean hints) {
        if (hints) {
            Optional<JsonNode> hinted = hint(shape, member, random);
            if (hinted.isPresent()) {
                return hinted.get();
            }
        }
        return switch (shape.type()) {
            case STRUCTURE -> structure(shape, random, depth, hints);
            case LIST -> {
                ArrayNode list = NODES.arrayNode();
                int size = size(shape, random);
                for (int i = 0; i < size; i++) {
                    list.add(value(shape.member(), member, random, depth + 1, hints));
                }
                yield list;
            }
            case MAP -> {
                ObjectNode map = NODES.objectNode();
                int size = size(shape, random);
                for (int i = 0; i < size * 3 && map.size() < size; i++) {
                    map.set(string(shape.key(), random), value(shape.value(), member, random, depth + 1, hints));
                }
                yield map;
            }
            case STRING -> TextNode.valueOf(string(shape, random));
            case BOOLEAN -> NODES.booleanNode(random.nextBoolean());
            case INTEGER, LONG -> NODES.numberNode(number(shape, random));
            case TIMESTAMP -> NODES.numberNode(1_700_000_000 + random.nextInt(100_000_000));
        };
    }

    private ObjectNode structure(Shape shape, Random random, int depth, boolean hints) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
            boolean required = shape.isRequired(member.getKey());
            if (required || (depth < 4 && random.nextInt(10) < 6)) {
                node.set(member.getKey(), value(member.getValue(), member.getKey(), random, depth + 1, hints));
            }
        }
        return node;
    }

    private static int size(Shape shape, Random random) {
        int min = (int) shape.min().orElse(0);
        int max = (int) Math.min(shape.max().orElse(4), Math.max(min, 4));
        return min + random.nextInt(max - min + 1);
    }

    private static long number(Shape shape, Random random) {
        long min = shape.min().orElse(-1000);
        long max = shape.max().orElse(1000);
        return random.nextInt(4) == 0
                ? (random.nextBoolean() ? min : max)
                : min + (long) (random.nextDouble() * (max - min));
    }

    /** A string of the shape's enum, or of its length and pattern. */
    static String string(Shape shape, Random random) {
        if (!shape.enumValues().isEmpty()) {
            return shape.enumValues().get(random.nextInt(shape.enumValues().size()));
        }
        String pattern = shape.pattern().orElse(null);
        if ("[\\w-]+:[0-9a-f-]+".equals(pattern)) {
            return "us-east-1:" + hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 4) + "-" + hex(random, 4)
                    + "-" + hex(random, 12);
        }
        if ("(un)?authenticated".equals(pattern)) {
            return random.nextBoolean() ? "authenticated" : "unauthenticated";
        }
        int min = (int) shape.min().orElse(0);
        int max = (int) Math.min(shape.max().orElse(300), 2000);
        int length;
        int roll = random.nextInt(20);
        if (roll == 0) {
            length = max;
        } else if (roll == 1) {
            length = min;
        } else {
            length = Math.max(min, Math.min(max, 1 + random.nextInt(16)));
        }
        String alphabet = alphabet(pattern);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (pattern == null && random.nextInt(40) == 0) {
                out.append(RARE[random.nextInt(RARE.length)]);
            } else if (pattern != null && pattern.startsWith("[\\p{L}") && random.nextInt(10) == 0) {
                out.append(i % 2 == 0 ? "\uD83D\uDE00" : "\u00e9"); // \p{S} and \p{L}, one code point each
            } else {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        String text = out.toString();
        if (!shape.matchesPattern(text)) {
            throw new IllegalStateException("no alphabet for pattern " + pattern + ": " + text);
        }
        return text;
    }

    private static String alphabet(String pattern) {
        if (pattern == null) {
            return FREE;
        }
        return switch (pattern) {
            case "\\d+" -> "0123456789";
            case "[\\w\\s+=,.@-]+" -> "abcXYZ019_ \t+=,.@-";
            case "[\\w._:/-]+" -> "abcXYZ019_.:/-";
            case "[\\w_]+" -> "abcXYZ019_";
            case "[\\w._-]+" -> "abcXYZ019_.-";
            case "[\\w.;_/-]+" -> "abcXYZ019_.;/-";
            case "[\\S]+" -> "abcXYZ019!#$%&*+,-./:;<=>?@[]^_`{|}~\"'\\";
            case "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+" -> "abcXYZ019!#%&*,-./:;?@[]_{}\u00e9";
            default -> throw new IllegalStateException("no alphabet for the model's pattern " + pattern);
        };
    }

    private static String hex(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- values of the world

    /** A value from the seeded world for members that name things, or empty to let the model decide. */
    private Optional<JsonNode> hint(Shape shape, String member, Random random) {
        if (random.nextInt(10) < 2) {
            return Optional.empty(); // a fifth of the time, whatever the model allows
        }
        Supplier<String> pool = () -> random.nextInt(8) == 0 ? FuzzWorld.UNKNOWN_POOL : oneOf(random, world.poolIds());
        Supplier<String> identity =
                () -> random.nextInt(8) == 0 ? FuzzWorld.UNKNOWN_IDENTITY : oneOf(random, world.identityIds());
        List<String> providers = List.of(
                FuzzWorld.USER_POOL,
                FuzzWorld.FACEBOOK,
                FuzzWorld.GOOGLE,
                FuzzWorld.OIDC_ISSUER,
                FuzzWorld.OIDC_ARN,
                FuzzWorld.SAML_ARN,
                FuzzWorld.DEVELOPER,
                "cognito-identity.amazonaws.com");
        List<String> roles = List.of(FuzzWorld.AUTH_ROLE, FuzzWorld.GUEST_ROLE, FuzzWorld.ADMIN_ROLE, "FuzzAuth");
        List<String> developerUsers = List.of("dev-1", "dev-2", "dev-3");
        return Optional.ofNullable(
                switch (member) {
                    case "IdentityPoolId" -> text(shape, pool.get());
                    case "IdentityId" -> text(shape, identity.get());
                    case "IdentityIdsToDelete" -> list(shape, random, identity);
                    case "ResourceArn" -> text(shape, random.nextInt(8) == 0 ? pool.get() : world.poolArn(pool.get()));
                    case "DeveloperProviderName" -> text(shape, FuzzWorld.DEVELOPER);
                    case "DeveloperUserIdentifier", "SourceUserIdentifier", "DestinationUserIdentifier" ->
                        text(shape, oneOf(random, developerUsers));
                    case "IdentityProviderName" -> text(shape, oneOf(random, providers));
                    case "AccountId" -> text(shape, FuzzWorld.ACCOUNT);
                    case "Logins" -> logins(shape, random, developerUsers);
                    case "LoginsToRemove" -> list(shape, random, () -> oneOf(random, providers));
                    case "RoleARN", "CustomRoleArn" -> text(shape, oneOf(random, roles));
                    case "Roles" -> roles(shape, random, roles);
                    case "RoleMappings" -> roleMappings(shape, random);
                    case "Claim" ->
                        text(shape, oneOf(random, List.of("email", "sub", "cognito:groups", "custom:tenant")));
                    case "Value" -> text(shape, oneOf(random, List.of("@admin", "admins", "bob", "t1")));
                    case "ProviderName" ->
                        text(
                                shape,
                                random.nextInt(4) == 0
                                        ? "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other"
                                        : FuzzWorld.USER_POOL);
                    case "ClientId" -> text(shape, oneOf(random, List.of("client1", "client2", "client3")));
                    case "SupportedLoginProviders" ->
                        map(
                                shape,
                                random,
                                Map.of(
                                        FuzzWorld.FACEBOOK,
                                        "fb-app",
                                        FuzzWorld.GOOGLE,
                                        "google-client",
                                        "www.amazon.com",
                                        "amzn1.application.fuzz"));
                    case "OpenIdConnectProviderARNs" -> list(shape, random, () -> FuzzWorld.OIDC_ARN);
                    case "SamlProviderARNs" -> list(shape, random, () -> FuzzWorld.SAML_ARN);
                    case "PrincipalTags" ->
                        map(shape, random, Map.of("tenant", "custom:tenant", "mail", "email", "user", "sub"));
                    case "NextToken" -> text(shape, pageToken(random, pool.get(), identity.get()));
                    case "TagKeys" -> list(shape, random, () -> oneOf(random, List.of("team", "env", "aws:reserved")));
                    default -> null;
                });
    }

    /** A NextToken as the fake makes them (for any listing, pool or identity), or with an edge-case sequence. */
    private static String pageToken(Random random, String poolId, String identityId) {
        String purpose = oneOf(
                random,
                List.of(
                        "ListIdentityPools/",
                        "ListIdentities/" + poolId + "/",
                        "LookupDeveloperIdentity/" + identityId + "/",
                        "LookupDeveloperIdentity/null/"));
        String sequence = oneOf(
                random,
                List.of("0", "1", "2", "3", "-1", "9223372036854775807", "99999999999999999999", "1e3", " 1", ""));
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((purpose + sequence).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static JsonNode text(Shape shape, String value) {
        return shape.type() == ShapeType.STRING ? TextNode.valueOf(value) : null;
    }

    private static JsonNode list(Shape shape, Random random, Supplier<String> element) {
        if (shape.type() != ShapeType.LIST) {
            return null;
        }
        ArrayNode list = NODES.arrayNode();
        int size = Math.max(1, size(shape, random));
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private static JsonNode map(Shape shape, Random random, Map<String, String> candidates) {
        if (shape.type() != ShapeType.MAP) {
            return null;
        }
        ObjectNode map = NODES.objectNode();
        candidates.forEach((key, value) -> {
            if (random.nextBoolean()) {
                map.put(key, value);
            }
        });
        return map;
    }

    private JsonNode logins(Shape shape, Random random, List<String> developerUsers) {
        if (shape.type() != ShapeType.MAP) {
            return null;
        }
        ObjectNode map = NODES.objectNode();
        if (random.nextInt(4) == 0) {
            map.put(FuzzWorld.DEVELOPER, oneOf(random, developerUsers));
        }
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Map.Entry<String, String> login = oneOf(random, world.logins());
            map.put(login.getKey(), login.getValue());
        }
        return map;
    }

    private static JsonNode roles(Shape shape, Random random, List<String> roles) {
        if (shape.type() != ShapeType.MAP) {
            return null;
        }
        ObjectNode map = NODES.objectNode();
        if (random.nextInt(4) != 0) {
            map.put("authenticated", oneOf(random, roles));
        }
        if (random.nextBoolean()) {
            map.put("unauthenticated", oneOf(random, roles));
        }
        return map;
    }

    private JsonNode roleMappings(Shape shape, Random random) {
        if (shape.type() != ShapeType.MAP) {
            return null;
        }
        List<String> keys = List.of(
                FuzzWorld.USER_POOL + ":client1",
                FuzzWorld.USER_POOL + ":client2",
                FuzzWorld.GOOGLE,
                FuzzWorld.FACEBOOK,
                FuzzWorld.OIDC_ISSUER,
                "unknown.example.com");
        ObjectNode map = NODES.objectNode();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            map.set(oneOf(random, keys), value(shape.value(), "RoleMapping", random, 2, true));
        }
        return map;
    }

    // ---------------------------------------------------------------- one constraint broken

    /** A place in a body and what breaks a constraint there. */
    private record Violation(String description, Runnable apply) {}

    private FuzzCall violated(Random random, OperationModel operation, ObjectNode body) {
        List<Violation> violations = new ArrayList<>();
        collect(operation.input(), body, "", violations, random);
        if (violations.isEmpty()) {
            return new FuzzCall(
                    Kind.VALID, operation.name(), "no constraint to break", post(operation.name(), body), body);
        }
        Violation chosen = violations.get(random.nextInt(violations.size()));
        chosen.apply().run();
        return new FuzzCall(
                Kind.CONSTRAINT_VIOLATED, operation.name(), chosen.description(), post(operation.name(), body), body);
    }

    private void collect(Shape shape, JsonNode node, String path, List<Violation> out, Random random) {
        switch (shape.type()) {
            case STRUCTURE -> {
                ObjectNode object = (ObjectNode) node;
                for (String required : shape.required()) {
                    out.add(new Violation("remove required " + path + required, () -> object.remove(required)));
                }
                for (String name : names(object)) {
                    Shape member = shape.members().get(name);
                    JsonNode value = object.get(name);
                    own(member, value, random)
                            .forEach((what, bad) -> out.add(
                                    new Violation(path + name + ": " + what, () -> object.set(name, bad.get()))));
                    collect(member, value, path + name + ".", out, random);
                }
            }
            case LIST -> {
                ArrayNode list = (ArrayNode) node;
                out.add(new Violation(path + "null element", list::addNull));
                for (int i = 0; i < list.size(); i++) {
                    int index = i;
                    own(shape.member(), list.get(i), random)
                            .forEach((what, bad) -> out.add(
                                    new Violation(path + index + ": " + what, () -> list.set(index, bad.get()))));
                    collect(shape.member(), list.get(i), path + i + ".", out, random);
                }
            }
            case MAP -> {
                ObjectNode map = (ObjectNode) node;
                freeKey(shape.key(), map, random)
                        .ifPresent(nullKey -> out.add(new Violation(path + "null value", () -> map.putNull(nullKey))));
                badKey(shape.key(), random).ifPresent(key -> {
                    JsonNode value = value(shape.value(), "", random, 3, false);
                    out.add(new Violation(path + "key '" + key + "'", () -> map.set(key, value)));
                });
                for (String key : names(map)) {
                    own(shape.value(), map.get(key), random)
                            .forEach((what, bad) ->
                                    out.add(new Violation(path + key + ": " + what, () -> map.set(key, bad.get()))));
                    collect(shape.value(), map.get(key), path + key + ".", out, random);
                }
            }
            default -> {}
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(member -> names.add(member.getKey()));
        return names;
    }

    /** The violations of a value's own constraints: what each breaks, and the value that breaks it. */
    private Map<String, Supplier<JsonNode>> own(Shape shape, JsonNode value, Random random) {
        Map<String, Supplier<JsonNode>> out = new java.util.LinkedHashMap<>();
        switch (shape.type()) {
            case STRING -> {
                String text = value.textValue();
                shape.max()
                        .ifPresent(max -> out.put(
                                "longer than " + max,
                                () -> TextNode.valueOf(longString(text, (int) max + 1 + random.nextInt(3)))));
                long min = shape.min().orElse(0);
                if (min > 0) {
                    out.put(
                            "shorter than " + min,
                            () -> TextNode.valueOf(text.substring(0, text.offsetByCodePoints(0, (int) min - 1))));
                }
                if (shape.pattern().isPresent()) {
                    for (String bad : List.of("!", " ", "\u00e9", "~", "\n", "\u0000", "*")) {
                        int at = random.nextInt(text.length() + 1);
                        if (at > 0 && Character.isHighSurrogate(text.charAt(at - 1))) {
                            at--;
                        }
                        String broken = text.substring(0, at) + bad + text.substring(at);
                        if (!shape.matchesPattern(broken)) {
                            out.put("pattern " + shape.pattern().get(), () -> TextNode.valueOf(broken));
                            break;
                        }
                    }
                }
                if (!shape.enumValues().isEmpty()) {
                    out.put(
                            "not in the enum",
                            () -> TextNode.valueOf(
                                    random.nextBoolean()
                                            ? "NotAValue"
                                            : shape.enumValues().get(0).toLowerCase(Locale.ROOT)));
                }
            }
            case INTEGER, LONG -> {
                shape.max()
                        .ifPresent(
                                max -> out.put("above " + max, () -> NODES.numberNode(max + 1 + random.nextInt(1000))));
                shape.min()
                        .ifPresent(
                                min -> out.put("below " + min, () -> NODES.numberNode(min - 1 - random.nextInt(1000))));
            }
            case LIST -> {
                if (shape.min().orElse(0) > 0) {
                    out.put("fewer than " + shape.min().getAsLong() + " elements", () -> NODES.arrayNode());
                }
                shape.max().ifPresent(max -> {
                    ArrayNode longer = NODES.arrayNode();
                    for (int i = 0; i <= max; i++) {
                        longer.add(
                                value.size() > 0
                                        ? value.get(i % value.size()).deepCopy()
                                        : value(shape.member(), "", random, 3, false));
                    }
                    out.put("more than " + max + " elements", () -> longer);
                });
            }
            case MAP ->
                shape.max().ifPresent(max -> {
                    ObjectNode larger = ((ObjectNode) value).deepCopy();
                    for (int i = 0; larger.size() <= max && i < max * 10 + 10; i++) {
                        Optional<String> key = freeKey(shape.key(), larger, random);
                        if (key.isEmpty()) {
                            return; // the key shape has too few values (RoleType): this size cannot be broken
                        }
                        larger.set(key.get(), value(shape.value(), "", random, 3, false));
                    }
                    out.put("more than " + max + " entries", () -> larger);
                });
            default -> {}
        }
        return out;
    }

    private static String longString(String text, int length) {
        String start = text.isEmpty() ? "a" : text;
        int codePoints = start.codePointCount(0, start.length());
        char last = start.charAt(start.length() - 1);
        char filler = Character.isSurrogate(last) || last == ':' ? 'a' : last;
        return start + String.valueOf(filler).repeat(Math.max(0, length - codePoints));
    }

    private static Optional<String> freeKey(Shape keyShape, ObjectNode map, Random random) {
        for (int i = 0; i < 100; i++) {
            String key = string(keyShape, random);
            if (!map.has(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> badKey(Shape keyShape, Random random) {
        if (keyShape.min().orElse(0) > 0 && random.nextBoolean()) {
            return Optional.of("");
        }
        if (keyShape.pattern().isPresent()) {
            String key = string(keyShape, random) + "!";
            return keyShape.matchesPattern(key) ? Optional.empty() : Optional.of(key);
        }
        if (keyShape.max().isPresent()) {
            return Optional.of("k".repeat((int) keyShape.max().getAsLong() + 1));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- a JSON type the shape cannot take

    private FuzzCall wrongType(Random random, OperationModel operation, ObjectNode body) {
        List<Violation> sites = new ArrayList<>();
        sites.add(new Violation("root", () -> {}));
        typeSites(operation.input(), body, "", sites);
        Violation chosen = sites.get(random.nextInt(sites.size()));
        if (chosen.description().equals("root")) {
            JsonNode root = wrongValue(ShapeType.STRUCTURE, random);
            return new FuzzCall(Kind.WRONG_TYPE, operation.name(), "root " + root, post(operation.name(), root), null);
        }
        chosen.apply().run();
        return new FuzzCall(
                Kind.WRONG_TYPE, operation.name(), chosen.description(), post(operation.name(), body), null);
    }

    private void typeSites(Shape shape, JsonNode node, String path, List<Violation> out) {
        switch (shape.type()) {
            case STRUCTURE -> {
                ObjectNode object = (ObjectNode) node;
                for (String name : names(object)) {
                    Shape member = shape.members().get(name);
                    Random local = new Random(path.hashCode() * 31L + name.hashCode());
                    JsonNode wrong = wrongValue(member.type(), local);
                    out.add(new Violation(path + name + " = " + wrong, () -> object.set(name, wrong)));
                    typeSites(member, object.get(name), path + name + ".", out);
                }
            }
            case LIST -> {
                ArrayNode list = (ArrayNode) node;
                for (int i = 0; i < list.size(); i++) {
                    int index = i;
                    JsonNode wrong = wrongValue(shape.member().type(), new Random(path.hashCode() + i));
                    out.add(new Violation(path + i + " = " + wrong, () -> list.set(index, wrong)));
                    typeSites(shape.member(), list.get(i), path + i + ".", out);
                }
            }
            case MAP -> {
                ObjectNode map = (ObjectNode) node;
                for (String key : names(map)) {
                    JsonNode wrong =
                            wrongValue(shape.value().type(), new Random(path.hashCode() * 7L + key.hashCode()));
                    out.add(new Violation(path + key + " = " + wrong, () -> map.set(key, wrong)));
                    typeSites(shape.value(), map.get(key), path + key + ".", out);
                }
            }
            default -> {}
        }
    }

    /** A JSON value the type-conversion step refuses for a shape of this type (never null: null is "absent"). */
    static JsonNode wrongValue(ShapeType type, Random random) {
        List<JsonNode> candidates = new ArrayList<>();
        JsonNode string = TextNode.valueOf(random.nextBoolean() ? "x" : "maybe");
        JsonNode number = random.nextBoolean() ? NODES.numberNode(7) : NODES.numberNode(-2.5);
        JsonNode bool = NODES.booleanNode(random.nextBoolean());
        ObjectNode object = NODES.objectNode().put("a", 1);
        ArrayNode array = NODES.arrayNode().add("a");
        switch (type) {
            case STRING -> candidates.addAll(List.of(number, bool, object, array));
            case BOOLEAN -> candidates.addAll(List.of(TextNode.valueOf("maybe"), number, object, array));
            case INTEGER, LONG -> candidates.addAll(List.of(string, bool, object, array));
            case TIMESTAMP -> candidates.addAll(List.of(string, bool, object, array));
            case LIST -> candidates.addAll(List.of(string, number, bool, object));
            case MAP, STRUCTURE -> candidates.addAll(List.of(string, number, bool, array));
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    // ---------------------------------------------------------------- unknown members, broken bodies, targets

    private String addUnknownMembers(Random random, Shape shape, ObjectNode body) {
        List<ObjectNode> structures = new ArrayList<>();
        structures(shape, body, structures);
        List<String> added = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode target = structures.get(random.nextInt(structures.size()));
            String name = unknownName(random, target);
            target.set(name, anyJson(random, 2));
            added.add(name);
        }
        return "added " + added;
    }

    private static void structures(Shape shape, JsonNode node, List<ObjectNode> out) {
        switch (shape.type()) {
            case STRUCTURE -> {
                out.add((ObjectNode) node);
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    structures(shape.members().get(member.getKey()), member.getValue(), out);
                }
            }
            case LIST -> node.forEach(element -> structures(shape.member(), element, out));
            case MAP -> node.forEach(value -> structures(shape.value(), value, out));
            default -> {}
        }
    }

    private static String unknownName(Random random, ObjectNode target) {
        List<String> present = names(target);
        for (int i = 0; i < 10; i++) {
            String name = switch (random.nextInt(4)) {
                case 0 ->
                    present.isEmpty()
                            ? "Unknown"
                            : present.get(random.nextInt(present.size())).toLowerCase(Locale.ROOT);
                case 1 -> "__type";
                case 2 -> "";
                default -> "Unknown" + random.nextInt(1000);
            };
            if (!target.has(name)) {
                return name;
            }
        }
        return "Unknown" + random.nextLong();
    }

    private static JsonNode anyJson(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> NODES.nullNode();
            case 1 -> TextNode.valueOf("v" + random.nextInt(100));
            case 2 -> NODES.numberNode(random.nextGaussian() * 1e6);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.numberNode(random.nextLong());
            case 5 -> NODES.arrayNode().add(anyJson(random, depth - 1)).add(anyJson(random, depth - 1));
            default -> NODES.objectNode().set("k", anyJson(random, depth - 1));
        };
    }

    private static byte[] notJson(Random random, ObjectNode body) {
        String valid = new String(bytes(body), StandardCharsets.UTF_8);
        String text = switch (random.nextInt(16)) {
            case 0 -> "not json";
            case 1 -> "<" + "Request/>";
            case 2 -> valid + "x";
            case 3 -> valid + valid;
            case 4 -> "{\"a\":}";
            case 5 -> "{,}";
            case 6 -> valid.replaceFirst(":", " ");
            case 7 -> "{'IdentityPoolId':'x'}";
            case 8 ->
                valid.isEmpty() || valid.length() < 3 ? "{\"a\":1,}" : valid.substring(0, valid.length() - 1) + ",}";
            case 9 -> "{\"MaxResults\":1,\"MaxResults\":2}";
            case 10 -> "{\"a\":NaN}";
            case 11 -> "{\"a\":01}";
            case 12 -> "/* comment */" + valid;
            case 13 -> "[".repeat(5000) + "]".repeat(5000);
            case 14 -> "{\"" + "n".repeat(60_000) + "\":1}";
            default -> null;
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = ("{\"IdentityPoolId\":\"" + "x").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0xff; // never valid UTF-8
        broken[bytes.length + 1] = '"';
        broken[bytes.length + 2] = '}';
        return broken;
    }

    private static String unknownTarget(Random random, String operation) {
        return switch (random.nextInt(7)) {
            case 0 -> Wire.TARGET_PREFIX + "NoSuchOperation";
            case 1 -> Wire.TARGET_PREFIX + operation.toLowerCase(Locale.ROOT);
            case 2 -> "AWSCognitoIdentityProviderService." + operation;
            case 3 -> operation;
            case 4 -> Wire.TARGET_PREFIX;
            case 5 -> Wire.TARGET_PREFIX + operation + "X";
            default -> "awscognitoidentityservice." + operation;
        };
    }

    private static String wrongContentType(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "application/json";
            case 1 -> "text/plain";
            case 2 -> "application/x-amz-json-1.2";
            case 3 -> "application/xml";
            case 4 -> "application/x-www-form-urlencoded";
            default -> null; // no Content-Type at all
        };
    }

    private static int pick(Random random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }
}
