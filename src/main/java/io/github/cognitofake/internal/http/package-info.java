/**
 * The HTTP messages every layer passes along: a request as it arrived on the wire, an answer to write back,
 * and the one-method handler between them. Depends on nothing else of the fake, so transports, faults,
 * signatures and the protocol can all speak it without depending on each other.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.http;
