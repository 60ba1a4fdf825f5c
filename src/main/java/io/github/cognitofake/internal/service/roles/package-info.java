/**
 * The roles family: SetIdentityPoolRoles and GetIdentityPoolRoles, with the rules of role mappings.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.service.roles;
