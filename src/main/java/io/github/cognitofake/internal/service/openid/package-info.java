/**
 * The OpenID token family: GetOpenIdToken (the basic flow) and the {@code amr} of the tokens it issues.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.service.openid;
