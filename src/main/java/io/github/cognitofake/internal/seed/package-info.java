/**
 * Seeding and fixtures behind {@code io.github.cognitofake.seed}: the DSL's drafts, the fixture reader and
 * snapshot writer, and the runner that sends the seed's requests to the protocol.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.seed;
