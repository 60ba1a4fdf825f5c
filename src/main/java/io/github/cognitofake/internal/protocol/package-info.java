/**
 * The awsJson 1.1 protocol: the front door checks, JSON shape checks, model constraints, error responses and headers, as
 * the real service answers them.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.protocol;
