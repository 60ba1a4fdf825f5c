/**
 * The service behind the protocol: {@code CognitoIdentityService} owns the state of one fake and asks each
 * operation family (one subpackage each) to register its operations. Families depend one way:
 * credentials, openid and developer on identities; identities, roles, tags and principal tags on pools;
 * every family on {@code common} and the state.
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.service;
