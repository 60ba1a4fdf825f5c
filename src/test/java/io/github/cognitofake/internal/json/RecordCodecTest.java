package io.github.cognitofake.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.cognitofake.internal.protocol.Json;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RecordCodec} against the mapper it replaces on the wire path: every wire record of the fake (each record
 * with a {@code @JsonProperty} component), as random instances, must be written to the same bytes and read back to
 * the same record as Jackson databind writes and reads them. A record whose annotations the codec would read
 * differently fails here, not in a user's test.
 */
class RecordCodecTest {

    private static final int INSTANCES = 300;

    static Stream<Class<?>> wireRecords() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.cognitofake")
                        .stream()
                        .map(javaClass -> javaClass.reflect())
                        .filter(Class::isRecord)
                        .filter(type -> Arrays.stream(type.getDeclaredFields())
                                .anyMatch(field -> field.isAnnotationPresent(JsonProperty.class)))
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .map(type -> (Class<?>) type);
    }

    @Test
    void findsTheWireRecords() {
        assertThat(wireRecords().map(Class::getSimpleName))
                .contains(
                        "IdentityPool",
                        "SetIdentityPoolRolesInput",
                        "GetCredentialsForIdentityOutput",
                        "IdentityDescription",
                        "ListIdentitiesOutput")
                .hasSizeGreaterThan(35);
    }

    @ParameterizedTest
    @MethodSource("wireRecords")
    void writesEveryRecordAsTheMapperDoes(Class<?> type) throws Exception {
        Random random = new Random(type.getName().hashCode());
        int written = 0;
        for (int i = 0; i < INSTANCES; i++) {
            Object value = instance(type, random, 0);
            if (value == null) {
                continue; // the record's own checks refused this combination
            }
            // Bytes, as the wire writes them: a UTF-8 generator escapes a surrogate pair where a String writer would
            // not.
            String expected = new String(Json.MAPPER.writeValueAsBytes(value), StandardCharsets.UTF_8);
            assertThat(new String(RecordCodec.toBytes(value), StandardCharsets.UTF_8))
                    .as("%s %s", type.getSimpleName(), value)
                    .isEqualTo(expected);
            assertThat(RecordCodec.toTree(value)).isEqualTo(Json.MAPPER.readTree(expected));
            written++;
        }
        assertThat(written).as("instances the record accepted").isGreaterThan(INSTANCES / 10);
    }

    @ParameterizedTest
    @MethodSource("wireRecords")
    void readsEveryRecordAsTheMapperDoes(Class<?> type) throws Exception {
        if (holdsTimestamp(type)) {
            return; // outputs only: the service takes no timestamp in any input
        }
        Random random = new Random(~type.getName().hashCode());
        for (int i = 0; i < INSTANCES; i++) {
            Object value = instance(type, random, 0);
            if (value == null) {
                continue;
            }
            JsonNode tree = Json.MAPPER.valueToTree(value);
            thin(tree, random);
            Object expected;
            try {
                expected = Json.MAPPER.treeToValue(tree, type);
            } catch (Exception refusedByTheRecord) {
                Throwable cause = refusedByTheRecord.getCause();
                assertThatThrownBy(() -> RecordCodec.read(tree, type)).isInstanceOf(cause.getClass());
                continue;
            }
            assertThat(RecordCodec.read(tree, type))
                    .as("%s from %s", type.getSimpleName(), tree)
                    .isEqualTo(expected);
        }
    }

    @Test
    void writesPlainValuesAsTheMapperDoes() throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "user-1");
        claims.put("exp", 1_700_000_000L);
        claims.put("n", 7);
        claims.put("big", new java.math.BigInteger("123456789012345678901234567890"));
        claims.put("ratio", 0.1);
        claims.put("flag", true);
        claims.put("none", null);
        claims.put("roles", List.of("a", "b\u00e9\ud83d\ude00\"\\\n"));
        claims.put("nested", Map.of("k", List.of(Map.of())));
        claims.put("counter", new AtomicLong(12));
        claims.put("count", new AtomicInteger(-3));
        assertThat(new String(RecordCodec.toBytes(claims), StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.MAPPER.writeValueAsBytes(claims), StandardCharsets.UTF_8));
    }

    @Test
    void refusesWhatItCannotWriteBeforeWritingAnything() {
        assertThatThrownBy(() -> RecordCodec.toBytes(Map.of("when", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.time.Instant");
    }

    /** Takes members away or makes them JSON null, as a request may leave them out. */
    private static void thin(JsonNode tree, Random random) {
        if (!tree.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) tree;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            int choice = random.nextInt(8);
            if (choice == 0) {
                names.remove();
            } else if (choice == 1) {
                object.putNull(name);
            } else {
                thin(object.get(name), random);
            }
        }
    }

    private static boolean holdsTimestamp(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).anyMatch(c -> mentions(c.getGenericType(), Instant.class));
    }

    private static boolean mentions(Type type, Class<?> wanted) {
        if (type == wanted) {
            return true;
        }
        if (type instanceof ParameterizedType generic) {
            return Arrays.stream(generic.getActualTypeArguments()).anyMatch(t -> mentions(t, wanted));
        }
        return type instanceof Class<?> plain && plain.isRecord() && holdsTimestamp(plain);
    }

    /** A random instance, or null when the record's constructor refused the values drawn. */
    private static Object instance(Class<?> type, Random random, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = value(components[i].getGenericType(), random, depth, true);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException refused) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Type type, Random random, int depth, boolean nullable) {
        if (type instanceof Class<?> plain && plain.isPrimitive()) {
            if (plain == boolean.class) {
                return random.nextBoolean();
            }
            if (plain == int.class) {
                return random.nextInt(3) == 0 ? 0 : random.nextInt();
            }
            if (plain == long.class) {
                return random.nextLong();
            }
            throw new IllegalStateException("no generator for " + plain);
        }
        if (nullable && random.nextInt(6) == 0) {
            return null;
        }
        if (type == String.class) {
            return text(random);
        }
        if (type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == Integer.class) {
            return random.nextInt(3) == 0 ? 0 : random.nextInt(100);
        }
        if (type == Long.class) {
            return random.nextLong();
        }
        if (type == Instant.class) {
            return Instant.ofEpochMilli(
                    random.nextInt(3) == 0 ? 1_700_000_000_000L : Math.abs(random.nextLong() % 4_000_000_000_000L));
        }
        if (type instanceof Class<?> plain && plain.isRecord()) {
            return depth > 3 ? null : instance(plain, random, depth + 1);
        }
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            int size = random.nextInt(3) == 0 ? 0 : random.nextInt(4);
            if (generic.getRawType() == List.class) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    Object item = value(arguments[0], random, depth + 1, false);
                    if (item != null) {
                        items.add(item);
                    }
                }
                return items;
            }
            if (generic.getRawType() == Map.class) {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    Object item = value(arguments[1], random, depth + 1, false);
                    if (item != null) {
                        entries.put(text(random) + i, item);
                    }
                }
                return entries;
            }
        }
        throw new IllegalStateException("no generator for " + type);
    }

    private static String text(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "us-east-1:" + Long.toHexString(random.nextLong());
            case 2 -> "\u00e9\ud83d\ude00\"\\\n\t\u0001</script>";
            default -> Long.toString(random.nextLong(), 36);
        };
    }
}
