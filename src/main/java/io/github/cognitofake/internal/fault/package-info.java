/**
 * The fault plan behind {@code io.github.cognitofake.fault}: rules, schedules and the actions that answer an
 * HTTP attempt instead of the service.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.fault;
