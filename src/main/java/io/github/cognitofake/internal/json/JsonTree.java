package io.github.cognitofake.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to and from Jackson's tree, on jackson-core's streaming parser and generator alone.
 *
 * <p>Why not {@code ObjectMapper.readTree}: building a mapper costs a fresh JVM about 270 ms of CPU and 600
 * classes, which the SDK itself never loads (it has its own copy of jackson-core), so the wire path would make
 * every test process start slower than the SDK does. The tree classes are tiny beside it. What this reads is
 * exactly what the wire layer's mapper read ({@code JsonTreeTest} holds both to the same inputs): the same
 * node for every number (int, long or big integer by size, double for any fraction or exponent), duplicate
 * members refused, anything after the value refused, and nothing but white space read as a missing node.
 */
public final class JsonTree {

    /** The factory of the wire layer: thread-safe, and duplicate members are an error as on the service. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** For JWT parts: duplicate members allowed, the last one kept, as any JSON library reads them. */
    private static final JsonFactory PERMISSIVE = new JsonFactory();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {}

    /** A new empty object node. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * Reads one JSON value that fills the whole text.
     *
     * @return the value's tree; a missing node for a text of white space only
     * @throws IOException when the text is not one JSON value (malformed, a duplicate member, a second value)
     */
    public static JsonNode parse(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parseWhole(parser);
        }
    }

    /** As {@link #parse(byte[])}, from a stream (the bundled service model). */
    public static JsonNode parse(InputStream json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parseWhole(parser);
        }
    }

    private static JsonNode parseWhole(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return NODES.missingNode();
        }
        JsonNode value = value(parser, first);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(parser, "Trailing token (" + trailing + ") found after the value");
        }
        return value;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(value(parser, item));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    /**
     * Reads a JSON object as plain Java values, as a mapper reads it into a {@code Map}: strings, Integer, Long
     * or BigInteger by size, Double, Boolean, null, List and Map (in the text's order, a repeated member's last
     * value kept). Text after the object is not looked at (JWT parts are read so).
     *
     * @return null for the text {@code null}
     * @throws IOException when the text does not start with a JSON object or null
     */
    public static Map<String, Object> readObject(byte[] json) throws IOException {
        try (JsonParser parser = PERMISSIVE.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "Not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) java(parser, first);
            return object;
        }
    }

    private static Object java(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                Map<String, Object> object = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.put(name, java(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                List<Object> array = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(java(parser, item));
                }
                return array;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue(); // Integer, Long or BigInteger, the smallest that holds it
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    /** Writes a tree as compact JSON, as the mapper writes it. */
    public static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    out.writeFieldName(member.getKey());
                    write(out, member.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : node) {
                    write(out, item);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NUMBER -> writeNumber(out, node);
            case NULL, MISSING -> out.writeNull();
            default -> throw new IllegalArgumentException("not a JSON text node: " + node.getNodeType());
        }
    }

    private static void writeNumber(JsonGenerator out, JsonNode number) throws IOException {
        switch (number.numberType()) {
            case INT -> out.writeNumber(number.intValue());
            case LONG -> out.writeNumber(number.longValue());
            case BIG_INTEGER -> out.writeNumber((BigInteger) number.numberValue());
            case FLOAT -> out.writeNumber(number.floatValue());
            case BIG_DECIMAL -> out.writeNumber(number.decimalValue());
            default -> out.writeNumber(number.doubleValue());
        }
    }
}
