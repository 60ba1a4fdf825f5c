package io.github.cognitofake.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire records of the service (inputs, outputs and the state records they carry) to and from JSON, read
 * from the same Jackson annotations a mapper reads, so the records stay the one description of each shape:
 * {@code @JsonProperty} names a component, {@code @JsonInclude} (on the record or the component) says when it
 * is left out ({@code ALWAYS}, {@code NON_NULL}, {@code NON_EMPTY}), and
 * {@code @JsonSerialize(using = EpochSecondsSerializer.class)} marks an awsJson timestamp. Members are written
 * in component order, maps in their own order, as the mapper does. An annotation or a type this class does not
 * know fails when the record is first used, never halfway through an answer.
 *
 * <p>Why not the mapper: its set-up (bean introspection, serializer and deserializer factories) was most of the
 * cost of a test process's first call, and its per-call binding from a tree a visible part of every call's.
 * {@code RecordCodecTest} writes and reads every wire record both ways and requires the same bytes and the
 * same records as the mapper.
 */
public final class RecordCodec {

    private RecordCodec() {}

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /** A record, map, list or scalar as compact JSON in UTF-8. */
    public static byte[] toBytes(Object value) {
        // As a mapper's writeValueAsBytes: the output buffer comes from the factory's recycled buffers.
        BufferRecycler recycler = JsonTree.FACTORY._getBufferRecycler();
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator out = JsonTree.FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
                write(out, value);
            }
            return buffer.getClearAndRelease();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        } finally {
            recycler.releaseToPool();
        }
    }

    /** A record, map, list or scalar as a tree, with the nodes {@link JsonTree#parse} reads from its JSON. */
    public static JsonNode toTree(Object value) {
        try {
            return JsonTree.parse(toBytes(value));
        } catch (IOException ownOutput) {
            throw new UncheckedIOException(ownOutput);
        }
    }

    /**
     * Writes a record (by its annotations), a map (keys as text), a collection, a string, number, boolean,
     * tree or null.
     *
     * @throws IllegalArgumentException for any other kind of value
     */
    public static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Double number) {
            out.writeNumber(number);
        } else if (value instanceof Float number) {
            out.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            out.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            out.writeNumber(number);
        } else if (value instanceof Number number) {
            out.writeNumber(number.toString()); // AtomicLong and the like, as the mapper writes them
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                write(out, entry.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof JsonNode tree) {
            JsonTree.write(out, tree);
        } else if (value instanceof Record) {
            SHAPES.get(value.getClass()).write(out, value);
        } else {
            throw new IllegalArgumentException(
                    "no JSON form for a " + value.getClass().getName());
        }
    }

    /**
     * Binds a tree to a record: each component from the member its {@code @JsonProperty} names (absent or JSON
     * null gives null, or false and 0 for a primitive), unknown members ignored. The tree has passed the model's
     * shape checks, so a member of the wrong JSON type is a defect of the fake and fails loudly.
     */
    public static <T> T read(JsonNode tree, Class<T> type) {
        return type.cast(SHAPES.get(type).read(tree));
    }

    /** How one record is written and read; built once per record type. */
    private static final class RecordShape {
        private final Class<?> type;
        private final Component[] components;
        private final Constructor<?> constructor;

        private RecordShape(Class<?> type, Component[] components, Constructor<?> constructor) {
            this.type = type;
            this.components = components;
            this.constructor = constructor;
        }

        static RecordShape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            JsonInclude.Include recordInclusion = inclusion(type.getAnnotation(JsonInclude.class));
            RecordComponent[] parts = type.getRecordComponents();
            Component[] components = new Component[parts.length];
            Class<?>[] parameterTypes = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                components[i] = Component.of(type, parts[i], recordInclusion);
                parameterTypes[i] = parts[i].getType();
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
                canonical.setAccessible(true);
                return new RecordShape(type, components, canonical);
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, impossible);
            }
        }

        void write(JsonGenerator out, Object record) throws IOException {
            out.writeStartObject();
            for (Component component : components) {
                Object value = component.get(record);
                if (component.included(value)) {
                    out.writeFieldName(component.encodedName);
                    if (value == null) {
                        out.writeNull();
                    } else {
                        component.writer.write(out, value);
                    }
                }
            }
            out.writeEndObject();
        }

        Object read(JsonNode tree) {
            if (!tree.isObject()) {
                throw new IllegalStateException(
                        "not an object for " + type.getSimpleName() + ": " + tree.getNodeType());
            }
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Component component = components[i];
                arguments[i] = component.reader.read(tree.get(component.name));
            }
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException refused) {
                // The record's own checks refused the value: the same failure a mapper would report.
                throw refused.getCause() instanceof RuntimeException unchecked
                        ? unchecked
                        : new IllegalStateException(refused.getCause());
            } catch (ReflectiveOperationException defect) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), defect);
            }
        }
    }

    /** One record component: its wire name, when it is written, how its value is read. */
    private static final class Component {
        final String name;
        // Encoded once, as a mapper does: writing a plain String name encodes it on every call.
        final SerializedString encodedName;
        // The component's field, read directly: a record's accessor returns it, and a field read costs neither a
        // method call through reflection nor a generated accessor class.
        final Field field;
        final boolean skipNull;
        final boolean skipEmpty;
        final Writer writer;
        final Reader reader;

        private Component(String name, Field field, JsonInclude.Include inclusion, Writer writer, Reader reader) {
            this.name = name;
            this.encodedName = new SerializedString(name);
            this.field = field;
            this.skipNull = inclusion != JsonInclude.Include.ALWAYS;
            // Only a text, a collection or a map can be empty: for any other type NON_EMPTY is NON_NULL, decided
            // here rather than by asking each value what it is (type checks against interfaces, on every call).
            Class<?> type = field.getType();
            this.skipEmpty = inclusion == JsonInclude.Include.NON_EMPTY
                    && (type == String.class
                            || Collection.class.isAssignableFrom(type)
                            || Map.class.isAssignableFrom(type));
            this.writer = writer;
            this.reader = reader;
        }

        static Component of(Class<?> type, RecordComponent part, JsonInclude.Include recordInclusion) {
            // Jackson's annotations do not target record components: Java puts them on the component's field.
            Field annotated = field(type, part);
            JsonProperty property = annotated.getAnnotation(JsonProperty.class);
            String name = property != null && !property.value().isEmpty() ? property.value() : part.getName();
            JsonInclude.Include own = inclusion(annotated.getAnnotation(JsonInclude.class));
            JsonInclude.Include inclusion =
                    own != null ? own : recordInclusion != null ? recordInclusion : JsonInclude.Include.ALWAYS;
            if (inclusion != JsonInclude.Include.ALWAYS
                    && inclusion != JsonInclude.Include.NON_NULL
                    && inclusion != JsonInclude.Include.NON_EMPTY) {
                throw new IllegalStateException(
                        type.getSimpleName() + "." + part.getName() + ": inclusion " + inclusion + " is not supported");
            }
            JsonSerialize serialize = annotated.getAnnotation(JsonSerialize.class);
            boolean epochSeconds = serialize != null && serialize.using() == EpochSecondsSerializer.class;
            if (serialize != null && !epochSeconds) {
                throw new IllegalStateException(
                        type.getSimpleName() + "." + part.getName() + ": only EpochSecondsSerializer is supported");
            }
            if (part.getType() == Instant.class && !epochSeconds) {
                throw new IllegalStateException(
                        type.getSimpleName() + "." + part.getName() + ": an Instant needs EpochSecondsSerializer");
            }
            annotated.setAccessible(true);
            String where = type.getSimpleName() + "." + part.getName();
            Writer writer = epochSeconds
                    ? (out, value) -> out.writeNumber(EpochSecondsSerializer.text((Instant) value))
                    : Writer.of(part.getGenericType());
            return new Component(name, annotated, inclusion, writer, Reader.of(part.getGenericType(), where));
        }

        private static Field field(Class<?> type, RecordComponent part) {
            try {
                return type.getDeclaredField(part.getName());
            } catch (NoSuchFieldException impossible) {
                throw new IllegalStateException("a record component without its field: " + part, impossible);
            }
        }

        Object get(Object record) {
            try {
                return field.get(record);
            } catch (IllegalAccessException defect) {
                throw new IllegalStateException("cannot read " + field, defect);
            }
        }

        boolean included(Object value) {
            return value == null ? !skipNull : !skipEmpty || !empty(value);
        }

        // The mapper's notion of empty: an empty text, collection or map (false and 0 are values).
        private static boolean empty(Object value) {
            return value instanceof String text && text.isEmpty()
                    || value instanceof Collection<?> items && items.isEmpty()
                    || value instanceof Map<?, ?> map && map.isEmpty();
        }
    }

    private static JsonInclude.Include inclusion(JsonInclude annotation) {
        if (annotation == null || annotation.value() == JsonInclude.Include.USE_DEFAULTS) {
            return null;
        }
        return annotation.value();
    }

    /**
     * Writes one non-null value of a declared type, chosen once per component: a string member is written as a
     * string without asking the value what it is on every call.
     */
    @FunctionalInterface
    private interface Writer {
        void write(JsonGenerator out, Object value) throws IOException;

        static Writer of(Type type) {
            if (type == String.class) {
                return (out, value) -> out.writeString((String) value);
            }
            if (type == Boolean.class || type == boolean.class) {
                return (out, value) -> out.writeBoolean((Boolean) value);
            }
            if (type == Integer.class || type == int.class) {
                return (out, value) -> out.writeNumber((Integer) value);
            }
            if (type == Long.class || type == long.class) {
                return (out, value) -> out.writeNumber((Long) value);
            }
            if (type instanceof Class<?> plain && plain.isRecord()) {
                // A record class is final: the declared type is the value's, so its shape is looked up once.
                return new Writer() {
                    private RecordShape shape;

                    @Override
                    public void write(JsonGenerator out, Object value) throws IOException {
                        RecordShape known = shape;
                        if (known == null) {
                            known = SHAPES.get(plain);
                            shape = known;
                        }
                        known.write(out, value);
                    }
                };
            }
            if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
                Type[] arguments = generic.getActualTypeArguments();
                if (List.class == raw || Collection.class == raw) {
                    Writer item = nullable(of(arguments[0]));
                    return (out, value) -> {
                        out.writeStartArray();
                        for (Object element : (Collection<?>) value) {
                            item.write(out, element);
                        }
                        out.writeEndArray();
                    };
                }
                if (Map.class == raw && arguments[0] == String.class) {
                    Writer entryValue = nullable(of(arguments[1]));
                    return (out, value) -> {
                        out.writeStartObject();
                        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                            out.writeFieldName((String) entry.getKey());
                            entryValue.write(out, entry.getValue());
                        }
                        out.writeEndObject();
                    };
                }
            }
            return RecordCodec::write; // anything else: asked of the value itself
        }

        private static Writer nullable(Writer writer) {
            return (out, value) -> {
                if (value == null) {
                    out.writeNull();
                } else {
                    writer.write(out, value);
                }
            };
        }
    }

    /** Reads one value of a declared type from a member of the tree (null when the member is absent). */
    @FunctionalInterface
    private interface Reader {
        Object read(JsonNode node);

        static Reader of(Type type, String where) {
            if (type instanceof Class<?> plain) {
                return plain(plain, where);
            }
            if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
                Type[] arguments = generic.getActualTypeArguments();
                if (List.class == raw || Collection.class == raw) {
                    Reader item = of(arguments[0], where);
                    return node -> absent(node) ? null : list(node, item, where);
                }
                if (Map.class == raw && arguments[0] == String.class) {
                    Reader value = of(arguments[1], where);
                    return node -> absent(node) ? null : map(node, value, where);
                }
            }
            return node -> {
                throw new IllegalStateException(where + ": no JSON reading for " + type);
            };
        }

        private static Reader plain(Class<?> type, String where) {
            if (type == String.class) {
                return node -> absent(node) ? null : text(node, where);
            }
            if (type == Boolean.class || type == boolean.class) {
                Object absent = type.isPrimitive() ? Boolean.FALSE : null;
                return node -> absent(node)
                        ? absent
                        : expect(node, node.isBoolean(), where).booleanValue();
            }
            if (type == Integer.class || type == int.class) {
                Object absent = type.isPrimitive() ? 0 : null;
                return node -> absent(node)
                        ? absent
                        : expect(node, node.isIntegralNumber() && node.canConvertToInt(), where)
                                .intValue();
            }
            if (type == Long.class || type == long.class) {
                Object absent = type.isPrimitive() ? 0L : null;
                return node -> absent(node)
                        ? absent
                        : expect(node, node.isIntegralNumber() && node.canConvertToLong(), where)
                                .longValue();
            }
            if (type == JsonNode.class) {
                return node -> node;
            }
            if (type.isRecord()) {
                return node -> absent(node) ? null : SHAPES.get(type).read(node);
            }
            // An output-only type (a timestamp): the record can still be written, and reading it fails.
            return node -> {
                throw new IllegalStateException(where + ": no JSON reading for " + type.getName());
            };
        }

        private static boolean absent(JsonNode node) {
            return node == null || node.isNull() || node.isMissingNode();
        }

        private static String text(JsonNode node, String where) {
            return expect(node, node.isTextual(), where).textValue();
        }

        private static JsonNode expect(JsonNode node, boolean fits, String where) {
            if (!fits) {
                throw new IllegalStateException(where + ": a " + node.getNodeType() + " passed the model's checks");
            }
            return node;
        }

        private static List<Object> list(JsonNode node, Reader item, String where) {
            expect(node, node.isArray(), where);
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                items.add(item.read(element));
            }
            return items;
        }

        private static Map<String, Object> map(JsonNode node, Reader value, String where) {
            expect(node, node.isObject(), where);
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                entries.put(member.getKey(), value.read(member.getValue()));
            }
            return entries;
        }
    }
}
