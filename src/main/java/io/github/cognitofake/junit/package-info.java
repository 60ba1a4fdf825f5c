/**
 * The JUnit Jupiter extension: {@link io.github.cognitofake.junit.CognitoIdentityFakeTest} on a test class
 * (or {@link io.github.cognitofake.junit.CognitoIdentityFakeExtension} registered with
 * {@code @RegisterExtension}) gives each test a fresh fake and injects it and its SDK clients as
 * parameters or {@link io.github.cognitofake.junit.InjectCognitoIdentity} fields.
 *
 * <pre>{@code
 * @CognitoIdentityFakeTest
 * class RoleAuditTest {
 *     @Test
 *     void readsRoles(CognitoIdentityClient client, CognitoIdentityFake fake) { ... }
 * }
 * }</pre>
 *
 * <p>Works with JUnit Jupiter 5.10 and later, 6.x included. See {@code docs/junit.md}.
 */
package io.github.cognitofake.junit;
