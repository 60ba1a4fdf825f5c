/**
 * The service: the operations' behaviour and rules, the model-driven constraint validation, and
 * {@code Fidelity}, the one place for every behaviour chosen without first-hand evidence.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.service;
