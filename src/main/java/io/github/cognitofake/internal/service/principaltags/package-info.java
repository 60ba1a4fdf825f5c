/**
 * The principal tag family: SetPrincipalTagAttributeMap, GetPrincipalTagAttributeMap, and the session
 * tags a sign-in gets from those maps.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.service.principaltags;
