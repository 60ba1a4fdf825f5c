package io.github.cognitofake.seed;

import java.util.function.Consumer;

/**
 * What a seed creates, given to {@code fake.seed(s -> ...)}. Each pool is created with a real
 * CreateIdentityPool (and SetIdentityPoolRoles when it has roles) that goes through the same validation
 * as a call from an SDK client, so a seed the service would refuse fails at once with the service's
 * message. Seeding is never recorded as a call and never meets an injected fault.
 *
 * <pre>{@code
 * String poolId = fake.seed(s -> s.identityPool("app", p -> p
 *         .authenticatedRole("arn:aws:iam::123456789012:role/Auth")))
 *     .poolId("app");
 * }</pre>
 */
public interface Seed {

    /**
     * Adds an identity pool named {@code name}; the name is also the key of its id in {@link Seeded}.
     *
     * @param pool sets the pool's configuration, roles and role mappings
     * @return this seed, for more pools
     * @throws IllegalArgumentException when this seed already has a pool of that name
     * @param name the pool's IdentityPoolName
     */
    Seed identityPool(String name, Consumer<IdentityPoolSpec> pool);
}
