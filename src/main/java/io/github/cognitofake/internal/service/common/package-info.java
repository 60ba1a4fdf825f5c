/**
 * Plumbing the operation families share: the service error, ids, paging tokens, the account and region,
 * and the handler registry.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.service.common;
