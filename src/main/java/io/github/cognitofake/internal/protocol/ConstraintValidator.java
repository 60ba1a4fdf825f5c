package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.model.Shape;
import io.github.cognitofake.internal.model.ShapeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    // Allocated at the first failure: a valid request, the common case, builds no list at all.
    private List<String> items;

    private ConstraintValidator() {}

    /**
     * The template with each {@code %s} or {@code %d} replaced by the next value, in order. Not
     * {@code String.formatted}: {@link java.util.Formatter} loads the locale data on its first use, which was a
     * visible part of a test process's first call, and a number here is never localised anyway.
     */
    static String fill(String template, Object... values) {
        StringBuilder text = new StringBuilder(template.length() + 32 * values.length);
        int from = 0;
        for (Object value : values) {
            int at = template.indexOf('%', from);
            text.append(template, from, at).append(value);
            from = at + 2;
        }
        return text.append(template, from, template.length()).toString();
    }

    /**
     * @param input          the operation's input structure
     * @param normalizedBody the output of the type-conversion step for that structure
     * @return the whole {@code ValidationException} message, or empty when every constraint holds
     */
    @Behaviour(id = "validation.before-existence", status = CONFIRMED)
    public static Optional<String> validate(Shape input, JsonNode normalizedBody) {
        ConstraintValidator validator = new ConstraintValidator();
        validator.structure(input, normalizedBody, null);
        return validator.message();
    }

    private Optional<String> message() {
        if (items == null || items.isEmpty()) {
            return Optional.empty();
        }
        String envelope = items.size() == 1 ? ONE_ERROR : fill(SOME_ERRORS, items.size());
        return Optional.of(envelope + String.join(ITEM_SEPARATOR, items));
    }

    private boolean full() {
        return items != null && items.size() >= MAX_REPORTED;
    }

    private void report(String item) {
        if (items == null) {
            items = new ArrayList<>();
        }
        if (!full()) {
            items.add(item);
        }
    }

    /**
     * Where a value sits in the input ({@code roleMappings.<key>.member.rulesConfiguration.rules.1.member}), kept as
     * links and joined only when an item is reported: a valid request never builds a path string.
     */
    private static final class Path {
        private final Path parent;
        private final String segment;

        Path(Path parent, String segment) {
            this.parent = parent;
            this.segment = segment;
        }

        String text() {
            return parent == null ? segment : parent.text() + segment;
        }
    }

    @Behaviour(id = "validation.item-order", status = UNCONFIRMED)
    private void structure(Shape shape, JsonNode node, Path parent) {
        for (Member member : membersOf(shape)) {
            if (full()) {
                return;
            }
            JsonNode value = node.get(member.name());
            Path path = new Path(parent, parent == null ? member.pathName() : member.nestedPathName());
            if (value == null || value.isNull()) {
                if (member.required()) {
                    report(fill(NULL_ITEM, path.text(), NOT_NULL));
                }
            } else {
                value(member.shape(), value, path);
            }
        }
    }

    private void value(Shape shape, JsonNode value, Path path) {
        for (Constraint constraint : constraintsOf(shape)) {
            if (!constraint.holds().test(value)) {
                report(item(shape, value, path, constraint.text()));
            }
        }
        switch (shape.type()) {
            case STRUCTURE -> structure(shape, value, path);
            case LIST -> list(shape, value, path);
            case MAP -> map(shape, value, path);
            default -> {}
        }
    }

    private void list(Shape shape, JsonNode list, Path path) {
        Shape member = shape.member();
        if (anyNull(list)) {
            report(item(shape, list, path, fill(LIST_MEMBERS, NOT_NULL)));
        }
        if (isContainer(member)) {
            for (int i = 0; i < list.size() && !full(); i++) {
                JsonNode element = list.get(i);
                if (!element.isNull()) {
                    value(member, element, new Path(path, PATH_SEPARATOR + (i + 1) + ELEMENT_SUFFIX));
                }
            }
        } else if (anyViolates(member, list)) {
            report(item(shape, list, path, fill(LIST_MEMBERS, allConstraintsOf(member))));
        }
    }

    private void map(Shape shape, JsonNode map, Path path) {
        if (anyKeyViolates(shape.key(), map)) {
            report(item(shape, map, path, fill(MAP_KEYS, allConstraintsOf(shape.key()))));
        }
        Shape valueShape = shape.value();
        if (anyNull(map)) {
            report(item(shape, map, path, fill(MAP_VALUES, NOT_NULL)));
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
                            new Path(path, PATH_SEPARATOR + echoed(entry.getKey()) + ELEMENT_SUFFIX));
                }
            }
        } else if (anyViolates(valueShape, map)) {
            report(item(shape, map, path, fill(MAP_VALUES, allConstraintsOf(valueShape))));
        }
    }

    private static boolean isContainer(Shape shape) {
        return shape.type() == ShapeType.STRUCTURE || shape.type() == ShapeType.LIST || shape.type() == ShapeType.MAP;
    }

    /** Whether a list's elements or a map's values include a JSON {@code null}. */
    private static boolean anyNull(JsonNode container) {
        for (JsonNode element : container) {
            if (element.isNull()) {
                return true;
            }
        }
        return false;
    }

    /** Whether any non-null element of a list (or value of a map) breaks one of the shape's constraints. */
    private static boolean anyViolates(Shape shape, JsonNode container) {
        List<Constraint> constraints = constraintsOf(shape);
        if (constraints.isEmpty()) {
            return false;
        }
        for (JsonNode element : container) {
            if (!element.isNull() && violates(constraints, element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyKeyViolates(Shape keyShape, JsonNode map) {
        List<Constraint> constraints = constraintsOf(keyShape);
        if (constraints.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            if (violates(constraints, TextNode.valueOf(entry.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean violates(List<Constraint> constraints, JsonNode value) {
        for (Constraint constraint : constraints) {
            if (!constraint.holds().test(value)) {
                return true;
            }
        }
        return false;
    }

    private static String allConstraintsOf(Shape shape) {
        return constraintsOf(shape).stream().map(Constraint::text).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** A structure's member as the validator walks it: JSON name, its names in a path, its shape, required. */
    private record Member(String name, String pathName, String nestedPathName, Shape shape, boolean required) {}

    // Shapes are shared, immutable instances (one per name and model), so they key the caches by identity.
    private static final Map<Shape, List<Member>> MEMBERS = new ConcurrentHashMap<>();

    /** The structure's members in model order, with their path names worked out once per shape. */
    private static List<Member> membersOf(Shape shape) {
        List<Member> members = MEMBERS.get(shape);
        return members != null ? members : MEMBERS.computeIfAbsent(shape, ConstraintValidator::buildMembers);
    }

    private static List<Member> buildMembers(Shape shape) {
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
            String pathName = lowerFirst(member.getKey());
            members.add(new Member(
                    member.getKey(),
                    pathName,
                    PATH_SEPARATOR + pathName,
                    member.getValue(),
                    shape.isRequired(member.getKey())));
        }
        return List.copyOf(members);
    }

    /**
     * The shape's own constraints in the order Coral reports them: length max, length min, pattern, enum.
     * Built once per shape: formatting their texts on every request cost more than all other checks.
     */
    private static List<Constraint> constraintsOf(Shape shape) {
        List<Constraint> constraints = CONSTRAINTS.get(shape);
        return constraints != null
                ? constraints
                : CONSTRAINTS.computeIfAbsent(shape, ConstraintValidator::buildConstraints);
    }

    private static final Map<Shape, List<Constraint>> CONSTRAINTS = new ConcurrentHashMap<>();

    @Behaviour(id = "validation.one-string-several-items", status = UNCONFIRMED)
    private static List<Constraint> buildConstraints(Shape shape) {
        List<Constraint> constraints = new ArrayList<>();
        switch (shape.type()) {
            case STRING, LIST, MAP -> {
                shape.max()
                        .ifPresent(max ->
                                constraints.add(new Constraint(fill(LENGTH_AT_MOST, max), v -> length(v) <= max)));
                shape.min()
                        .ifPresent(min ->
                                constraints.add(new Constraint(fill(LENGTH_AT_LEAST, min), v -> length(v) >= min)));
                shape.pattern()
                        .ifPresent(pattern -> constraints.add(
                                new Constraint(fill(PATTERN, pattern), v -> shape.matchesPattern(v.textValue()))));
                if (!shape.enumValues().isEmpty()) {
                    Set<String> allowed = new HashSet<>(shape.enumValues());
                    constraints.add(new Constraint(
                            fill(ENUM, String.join(LIST_SEPARATOR, shape.enumValues())),
                            v -> allowed.contains(v.textValue())));
                }
            }
            case INTEGER, LONG -> {
                shape.max()
                        .ifPresent(max ->
                                constraints.add(new Constraint(fill(VALUE_AT_MOST, max), v -> v.longValue() <= max)));
                shape.min()
                        .ifPresent(min ->
                                constraints.add(new Constraint(fill(VALUE_AT_LEAST, min), v -> v.longValue() >= min)));
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

    private static String item(Shape shape, JsonNode value, Path path, String constraint) {
        // Coral leaves the value of a sensitive shape out of the message instead of printing it.
        return shape.isSensitive()
                ? fill(SENSITIVE_ITEM, path.text(), constraint)
                : fill(ITEM, render(value), path.text(), constraint);
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
