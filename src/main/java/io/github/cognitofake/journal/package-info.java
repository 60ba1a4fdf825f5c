/**
 * The call journal: every API call made through a fake, in order, with its typed request, its response
 * or exception, and each HTTP attempt (status, injected faults, timing). Read it through
 * {@link io.github.cognitofake.CognitoIdentityFake#journal()} or assert on it with
 * {@code io.github.cognitofake.assertj.CognitoIdentityFakeAssertions}.
 */
package io.github.cognitofake.journal;
