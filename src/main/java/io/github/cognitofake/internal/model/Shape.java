package io.github.cognitofake.internal.model;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One named shape of the service model. Every name has exactly one instance, so shapes can be compared by identity
 * and references between them (cycles included) are plain object references.
 */
public final class Shape {

    private static final String KEY = "key";
    private static final String VALUE = "value";
    private static final String MEMBER = "member";

    private final String name;
    private final ShapeType type;
    private final Set<String> required;
    private final Long min;
    private final Long max;
    private final String pattern;
    // Compiled at first use: a test process's first call checks a handful of the model's patterns, not all.
    // Benign race: two threads may both compile it, and either result is the same pattern.
    private volatile Pattern compiledPattern;
    // The latest answers of the pattern: a suite sends the same pool ids, ARNs and claims again and again, and a
    // lookup costs a fraction of a match (the patterns of a SetIdentityPoolRoles request were most of its
    // validation). Bounded in entries and in the length of what it keeps, and emptied when full.
    private static final int MEMO_ENTRIES = 128;
    private static final int MEMO_LONGEST = 128;
    private final Map<String, Boolean> matched = new ConcurrentHashMap<>();
    private final List<String> enumValues;
    private final boolean sensitive;
    // Filled by ModelReader after every shape exists (a shape may point at one not yet created); never changed
    // once the model is published, so the shape is immutable to everyone outside this package.
    private final Map<String, Shape> members = new LinkedHashMap<>();
    private final Map<String, Shape> elements = new LinkedHashMap<>();

    Shape(
            String name,
            ShapeType type,
            Set<String> required,
            Long min,
            Long max,
            String pattern,
            List<String> enumValues,
            boolean sensitive) {
        this.name = name;
        this.type = type;
        this.required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
        this.min = min;
        this.max = max;
        this.pattern = pattern;
        this.enumValues = List.copyOf(enumValues);
        this.sensitive = sensitive;
    }

    void linkMember(String memberName, Shape target) {
        members.put(memberName, target);
    }

    /** @param role the model's name for the reference: {@code key}, {@code value} or {@code member}. */
    void linkElement(String role, Shape target) {
        elements.put(role, target);
    }

    public String name() {
        return name;
    }

    public ShapeType type() {
        return type;
    }

    /** Structure members in model order, JSON member name to target shape; empty for other types. */
    public Map<String, Shape> members() {
        return Collections.unmodifiableMap(members);
    }

    /** Required member names in model order. */
    public Set<String> required() {
        return required;
    }

    public boolean isRequired(String member) {
        return required.contains(member);
    }

    /** Length bound for strings, lists and maps; value bound for integers and longs. */
    public OptionalLong min() {
        return min == null ? OptionalLong.empty() : OptionalLong.of(min);
    }

    public OptionalLong max() {
        return max == null ? OptionalLong.empty() : OptionalLong.of(max);
    }

    /** The pattern as written in the model, which is also how validation messages print it. */
    public Optional<String> pattern() {
        return Optional.ofNullable(pattern);
    }

    /** True when the shape has no pattern or the pattern matches the whole value (never just a part of it). */
    @Behaviour(id = "validation.pattern-matches-whole-value", status = CONFIRMED)
    public boolean matchesPattern(String value) {
        if (pattern == null) {
            return true;
        }
        if (value.length() > MEMO_LONGEST) {
            return compiled().matcher(value).matches();
        }
        Boolean known = matched.get(value);
        if (known != null) {
            return known;
        }
        boolean matches = compiled().matcher(value).matches();
        if (matched.size() >= MEMO_ENTRIES) {
            matched.clear();
        }
        matched.put(value, matches);
        return matches;
    }

    private Pattern compiled() {
        Pattern compiled = compiledPattern;
        if (compiled == null) {
            compiled = Pattern.compile(pattern);
            compiledPattern = compiled;
        }
        return compiled;
    }

    /** Allowed values in model order; empty when the string is not an enum. */
    public List<String> enumValues() {
        return enumValues;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public Shape key() {
        return element(KEY);
    }

    public Shape value() {
        return element(VALUE);
    }

    public Shape member() {
        return element(MEMBER);
    }

    private Shape element(String role) {
        Shape target = elements.get(role);
        if (target == null) {
            throw new IllegalStateException(type + " shape " + name + " has no " + role);
        }
        return target;
    }

    @Override
    public String toString() {
        return "Shape[" + name + ": " + type + "]";
    }
}
