package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.model.Shape;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The awsJson type-conversion step: checks a parsed body against the operation's input shape the way the real
 * (Coral) deserializer does, and answers the tree the validator and the operations read.
 */
public final class JsonShapeChecker {

    @Behaviour(id = "types.object-for-scalar", status = UNCONFIRMED)
    private static final String START_OF_STRUCTURE = "Start of structure or map found where not expected.";
    // No final period: the text Cognito Identity itself returned (aws/aws-sdk-js-v3#2831).
    @Behaviour(id = "types.array-for-scalar", status = CONFIRMED)
    private static final String START_OF_LIST = "Start of list found where not expected";

    @Behaviour(id = "types.scalar-for-container", status = UNCONFIRMED)
    private static final String EXPECTED_LIST = "Expected list or null";

    private static final String EXPECTED_MAP = "Expected map or null";
    private static final String EXPECTED_STRUCTURE = "Expected null";
    private static final String NOT_CONVERTIBLE = "class %s can not be converted to an %s";
    private static final String NOT_A_TIMESTAMP = "class %s can not be converted to milliseconds since epoch";
    private static final String NOT_A_BOOLEAN = "'%s' can not be converted to an Boolean";

    @Behaviour(id = "types.number-for-string", status = UNCONFIRMED)
    private static final String NUMBER_CLASS = "com.amazon.coral.value.json.numbers.TruncatingBigNumber";

    @Behaviour(id = "types.string-for-number", status = UNCONFIRMED)
    private static final String STRING_CLASS = "java.lang.String";

    @Behaviour(id = "types.boolean-for-string", status = UNCONFIRMED)
    private static final String BOOLEAN_CLASS = "java.lang.Boolean";

    // Strings Coral reads as booleans, compared upper-cased: kinesalite's notes on the real service say
    // 'true'/'false'/'1'/'0'/'yes'/'no' convert, and any other string comes back upper-cased in the error text.
    @Behaviour(id = "types.boolean-strings", status = UNCONFIRMED)
    private static final Map<String, BooleanNode> BOOLEAN_STRINGS = Map.of(
            "TRUE",
            BooleanNode.TRUE,
            "1",
            BooleanNode.TRUE,
            "YES",
            BooleanNode.TRUE,
            "FALSE",
            BooleanNode.FALSE,
            "0",
            BooleanNode.FALSE,
            "NO",
            BooleanNode.FALSE);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonShapeChecker() {}

    /**
     * Answers a tree holding only the members {@code input} declares, with JSON {@code null} members dropped,
     * integral numbers truncated and clamped, and boolean strings converted; the caller's tree is left untouched. Parts that need no change are shared with it
     * rather than copied (the whole body, when nothing changes), so neither tree may be modified afterwards.
     * List elements and map values that are JSON {@code null} stay {@code null} for the validator to report.
     *
     * @param input the operation's input structure
     * @param body  the parsed request body; {@code null} or a JSON {@code null} reads as an empty input
     * @throws SerializationFailure at the first value, in document order, whose JSON type the shape cannot take
     */
    public static JsonNode normalize(Shape input, JsonNode body) throws SerializationFailure {
        Objects.requireNonNull(input, "input");
        if (body == null || body.isNull() || body.isMissingNode()) {
            return NODES.objectNode();
        }
        return convert(input, body);
    }

    private static JsonNode convert(Shape shape, JsonNode value) throws SerializationFailure {
        return switch (shape.type()) {
            case STRUCTURE -> structure(shape, value);
            case LIST -> list(shape, value);
            case MAP -> map(shape, value);
            case STRING -> string(value);
            case BOOLEAN -> bool(value);
            // A number that is already of the Java type is answered as it is (the node it would be converted to).
            case INTEGER ->
                value.isInt()
                        ? value
                        : IntNode.valueOf((int) integral(value, "Integer", Integer.MIN_VALUE, Integer.MAX_VALUE));
            case LONG ->
                value.isLong() ? value : LongNode.valueOf(integral(value, "Long", Long.MIN_VALUE, Long.MAX_VALUE));
            case TIMESTAMP -> timestamp(value);
        };
    }

    @Behaviour(id = "protocol.unknown-members-ignored", status = CONFIRMED)
    private static ObjectNode structure(Shape shape, JsonNode value) throws SerializationFailure {
        if (value.isArray()) {
            throw new SerializationFailure(START_OF_LIST);
        }
        if (!value.isObject()) {
            throw new SerializationFailure(EXPECTED_STRUCTURE);
        }
        // Copied only from the first member that changes (unknown, null or converted): a request that needs no
        // conversion, the common case, is answered as it came, and the caller's tree is never modified.
        ObjectNode out = null;
        int index = 0;
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            Shape member = shape.members().get(field.getKey());
            // Coral ignores members it does not know, and a JSON null member is the same as an absent one.
            boolean kept = member != null && !field.getValue().isNull();
            JsonNode converted = kept ? convert(member, field.getValue()) : null;
            if (out == null && converted != field.getValue()) {
                out = copyOfFirst(value, index);
            }
            if (out != null && kept) {
                out.set(field.getKey(), converted);
            }
            index++;
        }
        return out == null ? (ObjectNode) value : out;
    }

    /** A new object holding the first {@code count} members of {@code value}, unchanged. */
    private static ObjectNode copyOfFirst(JsonNode value, int count) {
        ObjectNode out = NODES.objectNode();
        int index = 0;
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (index++ == count) {
                break;
            }
            out.set(field.getKey(), field.getValue());
        }
        return out;
    }

    private static ArrayNode list(Shape shape, JsonNode value) throws SerializationFailure {
        if (value.isObject()) {
            throw new SerializationFailure(START_OF_STRUCTURE);
        }
        if (!value.isArray()) {
            throw new SerializationFailure(EXPECTED_LIST);
        }
        ArrayNode out = null;
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            JsonNode converted = nullOr(shape.member(), element);
            if (out == null && converted != element) {
                out = NODES.arrayNode(value.size());
                for (int j = 0; j < i; j++) {
                    out.add(value.get(j));
                }
            }
            if (out != null) {
                out.add(converted);
            }
        }
        return out == null ? (ArrayNode) value : out;
    }

    private static ObjectNode map(Shape shape, JsonNode value) throws SerializationFailure {
        if (value.isArray()) {
            throw new SerializationFailure(START_OF_LIST);
        }
        if (!value.isObject()) {
            throw new SerializationFailure(EXPECTED_MAP);
        }
        ObjectNode out = null;
        int index = 0;
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            JsonNode converted = nullOr(shape.value(), entry.getValue());
            if (out == null && converted != entry.getValue()) {
                out = copyOfFirst(value, index);
            }
            if (out != null) {
                out.set(entry.getKey(), converted);
            }
            index++;
        }
        return out == null ? (ObjectNode) value : out;
    }

    // A null element or map value is kept (not dropped) so validation can reject it instead of silently
    // shifting list indexes or losing a map key.
    @Behaviour(id = "types.null-members", status = UNCONFIRMED)
    private static JsonNode nullOr(Shape shape, JsonNode value) throws SerializationFailure {
        return value.isNull() ? NullNode.getInstance() : convert(shape, value);
    }

    private static JsonNode string(JsonNode value) throws SerializationFailure {
        rejectContainer(value);
        if (value.isTextual()) {
            return value;
        }
        throw new SerializationFailure(NOT_CONVERTIBLE.formatted(scalarClass(value), "String"));
    }

    private static JsonNode bool(JsonNode value) throws SerializationFailure {
        rejectContainer(value);
        if (value.isBoolean()) {
            return value;
        }
        if (value.isTextual()) {
            String upperCased = value.textValue().toUpperCase(Locale.ROOT);
            BooleanNode converted = BOOLEAN_STRINGS.get(upperCased);
            if (converted == null) {
                throw new SerializationFailure(NOT_A_BOOLEAN.formatted(upperCased));
            }
            return converted;
        }
        throw new SerializationFailure(NOT_CONVERTIBLE.formatted(scalarClass(value), "Boolean"));
    }

    // Coral reads every JSON number as a TruncatingBigNumber: the fraction is cut off toward zero and a value
    // outside the Java type's range is clamped to it (kinesalite: ShardCount 100000000000 reads as 2147483647).
    @Behaviour(id = "types.integral-truncated-and-clamped", status = UNCONFIRMED)
    private static long integral(JsonNode value, String typeName, long min, long max) throws SerializationFailure {
        rejectContainer(value);
        if (!value.isNumber()) {
            throw new SerializationFailure(NOT_CONVERTIBLE.formatted(scalarClass(value), typeName));
        }
        BigDecimal number;
        if (value.isFloatingPointNumber() && !value.isBigDecimal()) {
            double d = value.doubleValue();
            if (Double.isInfinite(d)) {
                return d > 0 ? max : min;
            }
            number = new BigDecimal(d);
        } else {
            number = value.decimalValue();
        }
        // Compare before converting so a huge exponent such as 1e999999999 is never expanded.
        if (number.compareTo(BigDecimal.valueOf(max)) >= 0) {
            return max;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) <= 0) {
            return min;
        }
        return number.longValue();
    }

    private static JsonNode timestamp(JsonNode value) throws SerializationFailure {
        rejectContainer(value);
        if (value.isNumber()) {
            return value;
        }
        throw new SerializationFailure(NOT_A_TIMESTAMP.formatted(scalarClass(value)));
    }

    private static void rejectContainer(JsonNode value) throws SerializationFailure {
        if (value.isObject()) {
            throw new SerializationFailure(START_OF_STRUCTURE);
        }
        if (value.isArray()) {
            throw new SerializationFailure(START_OF_LIST);
        }
    }

    /** The Java class Coral's JSON reader produced for a scalar, as its conversion errors name it. */
    private static String scalarClass(JsonNode value) {
        if (value.isNumber()) {
            return NUMBER_CLASS;
        }
        return value.isBoolean() ? BOOLEAN_CLASS : STRING_CLASS;
    }
}
