/**
 * JSON on jackson-core alone: the tree parser and the record codec of the wire path, so that a test process's
 * first call does not pay for building a Jackson {@code ObjectMapper}. Databind's mapper stays for what is not
 * on that path (fixtures, snapshots).
 *
 * <p><b>Not API.</b> Internal to cognito-identity-fake: it may change or disappear in any release. Use the
 * public packages ({@code io.github.cognitofake} and its non-internal subpackages) instead.
 */
package io.github.cognitofake.internal.json;
