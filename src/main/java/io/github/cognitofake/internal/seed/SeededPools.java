package io.github.cognitofake.internal.seed;

import io.github.cognitofake.seed.Seeded;
import java.util.List;
import java.util.Map;

/** The ids of one seed run, by pool name, in creation order. */
final class SeededPools implements Seeded {

    private final List<Map.Entry<String, String>> pools;

    SeededPools(List<Map.Entry<String, String>> pools) {
        this.pools = List.copyOf(pools);
    }

    @Override
    public String poolId(String name) {
        List<String> ids = pools.stream()
                .filter(p -> p.getKey().equals(name))
                .map(Map.Entry::getValue)
                .toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        List<String> names = pools.stream().map(Map.Entry::getKey).toList();
        throw new IllegalArgumentException(
                ids.isEmpty()
                        ? "No pool named '" + name + "' was seeded here; the seeded pools are " + names + "."
                        : ids.size() + " seeded pools are named '" + name + "'; use poolIds(), in creation order: "
                                + ids + ".");
    }

    @Override
    public List<String> poolIds() {
        return pools.stream().map(Map.Entry::getValue).toList();
    }

    @Override
    public String toString() {
        return "Seeded" + pools;
    }
}
