/**
 * The bundled Cognito Identity service model (AWS's published JSON), read once per JVM into shapes and
 * operations that drive the type and constraint checks.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.model;
