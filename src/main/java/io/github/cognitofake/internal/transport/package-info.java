/**
 * The in-process HTTP clients (sync and async) that the SDK sends its requests through, and the
 * pipeline each HTTP attempt passes: journal, strictness, fault plan, protocol.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.transport;
