/**
 * The credentials a fake handed out and the roles they are for:
 * {@link io.github.cognitofake.credentials.IssuedCredentials}, read with
 * {@code CognitoIdentityFake.issuedCredentials()} and asserted with
 * {@code assertThat(fake).issuedCredentials()}.
 */
package io.github.cognitofake.credentials;
