/**
 * The call journal behind {@code io.github.cognitofake.journal}: the SDK interceptor that opens each call,
 * the recording of its HTTP attempts, and strictness.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.journal;
