package io.github.cognitofake.internal.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies that keep the caller's order (the service echoes maps and lists in the order it received them). */
final class Copies {

    private Copies() {}

    static <K, V> Map<K, V> orderedMap(Map<K, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> list(List<T> list) {
        return list == null || list.isEmpty() ? List.of() : List.copyOf(list);
    }
}
