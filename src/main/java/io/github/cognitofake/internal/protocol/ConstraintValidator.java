package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.model.Shape;
import io.github.cognitofake.internal.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a normalized input against the model's constraint traits and words the {@code ValidationException}
 * message the way the real service (Coral) does.
 */
public final class ConstraintValidator {

    @Behaviour(id = "validation.at-most-10-items", status = UNCONFIRMED)
    private static final int MAX_REPORTED = 10;

    private static final int MAX_ECHOED_VALUE = Bounds.MAX_ECHOED_VALUE;

    @Behaviour(id = "validation.envelope", status = CONFIRMED)
    private static final String ONE_ERROR = "1 validation error detected: ";

    private static final String SOME_ERRORS = "%d validation errors detected: ";
    private static final String ITEM_SEPARATOR = "; ";

    @Behaviour(id = "validation.item", status = CONFIRMED)
    private static final String ITEM = "Value '%s' at '%s' failed to satisfy constraint: %s";

    @Behaviour(id = "validation.missing-required", status = UNCONFIRMED)
    private static final String NULL_ITEM = "Value null at '%s' failed to satisfy constraint: %s";

    @Behaviour(id = "validation.sensitive-values", status = UNCONFIRMED)
    private static final String SENSITIVE_ITEM = "Value at '%s' failed to satisfy constraint: %s";

    private static final String NOT_NULL = "Member must not be null";
    private static final String LENGTH_AT_MOST = "Member must have length less than or equal to %d";
    private static final String LENGTH_AT_LEAST = "Member must have length greater than or equal to %d";

    @Behaviour(id = "validation.pattern-and-length-texts", status = CONFIRMED)
    private static final String PATTERN = "Member must satisfy regular expression pattern: %s";

    @Behaviour(id = "validation.enum", status = UNCONFIRMED)
    private static final String ENUM = "Member must satisfy enum value set: [%s]";

    @Behaviour(id = "validation.number-range", status = UNCONFIRMED)
    private static final String VALUE_AT_MOST = "Member must have value less than or equal to %d";

    private static final String VALUE_AT_LEAST = "Member must have value greater than or equal to %d";

    @Behaviour(id = "validation.list-of-scalars", status = UNCONFIRMED)
    private static final String LIST_MEMBERS = "Member must satisfy constraint: [%s]";

    @Behaviour(id = "validation.map-keys", status = UNCONFIRMED)
    private static final String MAP_KEYS = "Map keys must satisfy constraint: [%s]";

    @Behaviour(id = "validation.map-values", status = CONFIRMED)
    private static final String MAP_VALUES = "Map value must satisfy constraint: [%s]";

    private static final String LIST_SEPARATOR = ", ";

    private static final String PATH_SEPARATOR = ".";

    @Behaviour(id = "validation.nested-paths", status = UNCONFIRMED)
    private static final String ELEMENT_SUFFIX = ".member";

    private final List<String> items = new ArrayList<>();

    private ConstraintValidator() {}

    /**
     * @param input          the operation's input structure
     * @param normalizedBody the output of the type-conversion step for that structure
     * @return the whole {@code ValidationException} message, or empty when every constraint holds
     */
    @Behaviour(id = "validation.before-existence", status = CONFIRMED)
    public static Optional<String> validate(Shape input, JsonNode normalizedBody) {
        ConstraintValidator validator = new ConstraintValidator();
        validator.structure(input, normalizedBody, "");
        return validator.message();
    }

    private Optional<String> message() {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String envelope = items.size() == 1 ? ONE_ERROR : SOME_ERRORS.formatted(items.size());
        return Optional.of(envelope + String.join(ITEM_SEPARATOR, items));
    }

    private boolean full() {
        return items.size() >= MAX_REPORTED;
    }

    private void report(String item) {
        if (!full()) {
            items.add(item);
        }
    }

    @Behaviour(id = "validation.item-order", status = UNCONFIRMED)
    private void structure(Shape shape, JsonNode node, String prefix) {
        for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
            if (full()) {
                return;
            }
            String path = prefix + lowerFirst(member.getKey());
            JsonNode value = node.get(member.getKey());
            if (value == null || value.isNull()) {
                if (shape.isRequired(member.getKey())) {
                    report(NULL_ITEM.formatted(path, NOT_NULL));
                }
            } else {
                value(member.getValue(), value, path);
            }
        }
    }

    private void value(Shape shape, JsonNode value, String path) {
        for (Constraint constraint : constraintsOf(shape)) {
            if (!constraint.holds().test(value)) {
                report(item(shape, value, path, constraint.text()));
            }
        }
        switch (shape.type()) {
            case STRUCTURE -> structure(shape, value, path + PATH_SEPARATOR);
            case LIST -> list(shape, value, path);
            case MAP -> map(shape, value, path);
            default -> {}
        }
    }

    private void list(Shape shape, JsonNode list, String path) {
        Shape member = shape.member();
        List<JsonNode> elements = new ArrayList<>();
        list.forEach(elements::add);
        if (elements.stream().anyMatch(JsonNode::isNull)) {
            report(item(shape, list, path, LIST_MEMBERS.formatted(NOT_NULL)));
        }
        if (isContainer(member)) {
            for (int i = 0; i < elements.size() && !full(); i++) {
                if (!elements.get(i).isNull()) {
                    value(member, elements.get(i), path + PATH_SEPARATOR + (i + 1) + ELEMENT_SUFFIX);
                }
            }
        } else if (anyViolates(member, elements)) {
            report(item(shape, list, path, LIST_MEMBERS.formatted(allConstraintsOf(member))));
        }
    }

    private void map(Shape shape, JsonNode map, String path) {
        List<JsonNode> keys = new ArrayList<>();
        map.properties().forEach(entry -> keys.add(TextNode.valueOf(entry.getKey())));
        if (anyViolates(shape.key(), keys)) {
            report(item(shape, map, path, MAP_KEYS.formatted(allConstraintsOf(shape.key()))));
        }
        Shape valueShape = shape.value();
        List<JsonNode> values = new ArrayList<>();
        map.forEach(values::add);
        if (values.stream().anyMatch(JsonNode::isNull)) {
            report(item(shape, map, path, MAP_VALUES.formatted(NOT_NULL)));
        }
        if (isContainer(valueShape)) {
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                if (full()) {
                    return;
                }
                if (!entry.getValue().isNull()) {
                    value(
                            valueShape,
                            entry.getValue(),
                            path + PATH_SEPARATOR + echoed(entry.getKey()) + ELEMENT_SUFFIX);
                }
            }
        } else if (anyViolates(valueShape, values)) {
            report(item(shape, map, path, MAP_VALUES.formatted(allConstraintsOf(valueShape))));
        }
    }

    private static boolean isContainer(Shape shape) {
        return shape.type() == ShapeType.STRUCTURE || shape.type() == ShapeType.LIST || shape.type() == ShapeType.MAP;
    }

    private static boolean anyViolates(Shape shape, List<JsonNode> values) {
        List<Constraint> constraints = constraintsOf(shape);
        return values.stream()
                .filter(v -> !v.isNull())
                .anyMatch(v -> constraints.stream().anyMatch(c -> !c.holds().test(v)));
    }

    private static String allConstraintsOf(Shape shape) {
        return constraintsOf(shape).stream().map(Constraint::text).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /**
     * The shape's own constraints in the order Coral reports them: length max, length min, pattern, enum.
     * Built once per shape: formatting their texts on every request cost more than all other checks.
     */
    private static List<Constraint> constraintsOf(Shape shape) {
        return CONSTRAINTS.computeIfAbsent(shape, ConstraintValidator::buildConstraints);
    }

    // Shapes are shared, immutable instances (one per name and model), so they key the cache by identity.
    private static final Map<Shape, List<Constraint>> CONSTRAINTS = new ConcurrentHashMap<>();

    @Behaviour(id = "validation.one-string-several-items", status = UNCONFIRMED)
    private static List<Constraint> buildConstraints(Shape shape) {
        List<Constraint> constraints = new ArrayList<>();
        switch (shape.type()) {
            case STRING, LIST, MAP -> {
                shape.max()
                        .ifPresent(max ->
                                constraints.add(new Constraint(LENGTH_AT_MOST.formatted(max), v -> length(v) <= max)));
                shape.min()
                        .ifPresent(min ->
                                constraints.add(new Constraint(LENGTH_AT_LEAST.formatted(min), v -> length(v) >= min)));
                shape.pattern()
                        .ifPresent(pattern -> constraints.add(
                                new Constraint(PATTERN.formatted(pattern), v -> shape.matchesPattern(v.textValue()))));
                if (!shape.enumValues().isEmpty()) {
                    constraints.add(new Constraint(
                            ENUM.formatted(String.join(LIST_SEPARATOR, shape.enumValues())),
                            v -> shape.enumValues().contains(v.textValue())));
                }
            }
            case INTEGER, LONG -> {
                shape.max()
                        .ifPresent(max -> constraints.add(
                                new Constraint(VALUE_AT_MOST.formatted(max), v -> v.longValue() <= max)));
                shape.min()
                        .ifPresent(min -> constraints.add(
                                new Constraint(VALUE_AT_LEAST.formatted(min), v -> v.longValue() >= min)));
            }
            default -> {}
        }
        return List.copyOf(constraints);
    }

    // Strings are measured in code points, the Smithy definition of a string's length; lists and maps by entries.
    @Behaviour(id = "validation.length-in-code-points", status = UNCONFIRMED)
    private static long length(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            return text.codePointCount(0, text.length());
        }
        return value.size();
    }

    private static String item(Shape shape, JsonNode value, String path, String constraint) {
        // Coral leaves the value of a sensitive shape out of the message instead of printing it.
        return shape.isSensitive()
                ? SENSITIVE_ITEM.formatted(path, constraint)
                : ITEM.formatted(render(value), path, constraint);
    }

    /**
     * Java's toString of the value Coral deserialized: strings as they are, lists {@code [a, b]}, maps
     * {@code {k=v, k2=v2}} in request order. Structures print like maps ({@code {Type=Token}}), an unconfirmed
     * stand-in: Coral prints its generated class's default toString, whose hash code cannot be reproduced.
     *
     * <p>At most {@link Bounds#MAX_ECHOED_VALUE} characters of the value are echoed, then {@link Bounds#CUT_MARKER}:
     * an UNCONFIRMED bound (docs/fidelity.md). Without it a request of megabytes got an answer of tens of megabytes,
     * the value repeated in every item and again in the {@code x-amzn-ErrorMessage} header.
     */
    @Behaviour(id = "validation.structures-print-like-maps", status = UNCONFIRMED)
    static String render(JsonNode value) {
        StringBuilder out = new StringBuilder();
        render(value, out);
        return out.length() <= MAX_ECHOED_VALUE
                ? out.toString()
                : Bounds.cut(out, MAX_ECHOED_VALUE) + Bounds.CUT_MARKER;
    }

    // Stops as soon as more than the bound is written: a value of megabytes is never printed whole.
    private static void render(JsonNode value, StringBuilder out) {
        if (out.length() > MAX_ECHOED_VALUE) {
            return;
        }
        if (value.isNull()) {
            out.append("null");
        } else if (value.isTextual()) {
            String text = value.textValue();
            out.append(text, 0, Math.min(text.length(), MAX_ECHOED_VALUE + 1));
        } else if (value.isArray()) {
            out.append('[');
            String separator = "";
            for (JsonNode element : value) {
                if (out.length() > MAX_ECHOED_VALUE) {
                    return;
                }
                out.append(separator);
                render(element, out);
                separator = LIST_SEPARATOR;
            }
            out.append(']');
        } else if (value.isObject()) {
            out.append('{');
            String separator = "";
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                if (out.length() > MAX_ECHOED_VALUE) {
                    return;
                }
                String key = entry.getKey();
                out.append(separator)
                        .append(key, 0, Math.min(key.length(), MAX_ECHOED_VALUE + 1))
                        .append('=');
                render(entry.getValue(), out);
                separator = LIST_SEPARATOR;
            }
            out.append('}');
        } else {
            out.append(value.asText());
        }
    }

    // A map key in a path is echoed like a value: a key of megabytes must not be repeated in every item below it.
    private static String echoed(String key) {
        return key.length() <= MAX_ECHOED_VALUE ? key : Bounds.cut(key, MAX_ECHOED_VALUE) + Bounds.CUT_MARKER;
    }

    private static String lowerFirst(String memberName) {
        return Character.toLowerCase(memberName.charAt(0)) + memberName.substring(1);
    }

    private record Constraint(String text, Predicate<JsonNode> holds) {}
}
