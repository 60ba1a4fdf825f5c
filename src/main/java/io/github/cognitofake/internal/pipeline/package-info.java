/**
 * The path of every HTTP attempt, whichever transport carries it (in-process sync, async, or the loopback
 * server): journal, strictness, fault plan, then the protocol, and the {@code Delivery} a transport carries out.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.pipeline;
