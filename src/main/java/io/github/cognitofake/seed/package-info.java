/**
 * Seeding: create identity pools, roles and role mappings before a test, through the same validation as the
 * API, from a small DSL ({@link io.github.cognitofake.seed.Seed}) or from JSON in the AWS CLI's shape
 * ({@link io.github.cognitofake.seed.Fixture}).
 *
 * <pre>{@code
 * String poolId = fake.seed(s -> s.identityPool("app", p -> p
 *         .authenticatedRole("arn:aws:iam::123456789012:role/Auth")))
 *     .poolId("app");
 * }</pre>
 */
package io.github.cognitofake.seed;
