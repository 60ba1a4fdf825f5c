package io.github.cognitofake.tokens;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Checks the values a test puts in claims: only what JSON can carry, so the minted token reads back the same. */
final class ClaimValues {

    private ClaimValues() {}

    static String name(String name) {
        Objects.requireNonNull(name, "claim name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A claim name cannot be empty.");
        }
        return name;
    }

    /** @return the value, after checking it is a String, Number, Boolean, List or Map of such values */
    static Object json(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            list.forEach(element -> json(name, element));
            return Collections.unmodifiableList(new ArrayList<>(list));
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                if (!(key instanceof String)) {
                    throw new IllegalArgumentException("Claim " + name + " has a map key that is not a String: " + key);
                }
                json(name, element);
            });
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        throw new IllegalArgumentException("Claim " + name + " must be a String, Number, Boolean, List or Map; got "
                + value.getClass().getName() + ".");
    }
}
