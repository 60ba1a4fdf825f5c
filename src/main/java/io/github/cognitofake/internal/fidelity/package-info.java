/**
 * The fidelity marks: {@link io.github.cognitofake.internal.fidelity.Behaviour} names, where it is implemented,
 * each behaviour of the real service that docs/fidelity.md lists with its evidence. Depends on nothing, so every
 * layer may use it.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.fidelity;
