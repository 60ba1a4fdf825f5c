package io.github.cognitofake.internal.seed;

import io.github.cognitofake.seed.IdentityPoolSpec;
import io.github.cognitofake.seed.Seed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** Collects the pools of one {@code fake.seed(...)} call. */
public final class SeedDraft implements Seed {

    private final List<PoolDraft> pools = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    @Override
    public Seed identityPool(String name, Consumer<IdentityPoolSpec> pool) {
        Objects.requireNonNull(pool, "pool");
        // Names are the keys of the ids the seed answers with, so one seed cannot use a name twice.
        if (!names.add(name)) {
            throw new IllegalArgumentException("This seed already has an identity pool named '" + name
                    + "'; give each pool of one seed its own name, or seed the second one in another seed call.");
        }
        PoolDraft draft = new PoolDraft(name);
        pool.accept(draft);
        pools.add(draft);
        return this;
    }

    /** The requests that create the pools, in the order they were added. */
    public List<PoolRequest> requests() {
        return pools.stream().map(PoolDraft::request).toList();
    }
}
