package io.github.cognitofake.seed;

import java.util.List;

/** The ids of what a seed or a fixture created. */
public interface Seeded {

    /**
     * The id of the pool with this name.
     *
     * @throws IllegalArgumentException when no pool, or more than one pool, of this seed has that name
     * @param name the pool's name in the seed
     * @return the pool's id
     */
    String poolId(String name);

    /** {@return the ids of every created pool, in the order they were created} */
    List<String> poolIds();
}
