/**
 * AssertJ assertions on what a fake received. Start at
 * {@link io.github.cognitofake.assertj.CognitoIdentityFakeAssertions#assertThat(io.github.cognitofake.CognitoIdentityFake)},
 * or pass the fake to AssertJ's own {@code assertThat}: the fake is an {@code AssertProvider}.
 * Failure messages list the calls actually received, closest first.
 */
package io.github.cognitofake.assertj;
