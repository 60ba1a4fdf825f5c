/**
 * One fake, wired: {@code FakeEngine} builds the service, the protocol, the attempt pipeline and the
 * in-process transports, and owns reset, close and the closed check; {@code EngineAccess} is the single
 * way public packages reach a fake's engine.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.engine;
