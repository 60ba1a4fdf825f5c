/**
 * AssertJ assertions on what a fake received. Start at
 * {@link io.github.cognitofake.assertj.CognitoIdentityFakeAssertions#assertThat(io.github.cognitofake.CognitoIdentityFake)},
 * statically imported beside AssertJ's own {@code Assertions.assertThat}: Java picks this one for a fake.
 * Failure messages list the calls actually received, closest first.
 */
package io.github.cognitofake.assertj;
