/**
 * The identity family: GetId, DescribeIdentity, ListIdentities, UnlinkIdentity, DeleteIdentities, and
 * the rules every identity operation shares: verifying logins, resolving an identity, linking, disabling.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.service.identities;
