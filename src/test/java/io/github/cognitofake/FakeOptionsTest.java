package io.github.cognitofake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.testing.TestPools;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class FakeOptionsTest {

    /** Signatures are dated by the SDK's (system) clock: a verifying fake's clock stays within 5 minutes of it. */
    private static final Clock NEAR_NOW = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void theBuilderMakesOneValueThatBuildsTheSameFake() {
        FakeOptions options = CognitoIdentityFake.builder()
                .region("eu-west-1")
                .accountId("210987654321")
                .idSeed(7)
                .clock(NEAR_NOW)
                .verifySignatures("AKIDEXAMPLE", "secret")
                .options();

        try (CognitoIdentityFake fake = CognitoIdentityFake.create(options)) {
            assertThat(fake.options()).isEqualTo(options);
            assertThat(fake.region()).isEqualTo(Region.EU_WEST_1);
            assertThat(fake.accountId()).isEqualTo("210987654321");
            String poolId = TestPools.withGuests(fake.client(), "p");
            assertThat(poolId).startsWith("eu-west-1:");
        }
        assertThat(options.idSeed()).hasValue(7);
        assertThat(options.clock()).isSameAs(NEAR_NOW);
        assertThat(options.verifiesSignatures()).isTrue();
        assertThat(options.accessKeyId()).isEqualTo("AKIDEXAMPLE");
    }

    @Test
    void equalSettingsAreEqualOptionsAndAnyDifferenceIsNot() {
        FakeOptions one =
                CognitoIdentityFake.builder().region("eu-west-1").idSeed(1).options();
        assertThat(CognitoIdentityFake.builder().region("eu-west-1").idSeed(1).options())
                .isEqualTo(one)
                .hasSameHashCodeAs(one);
        assertThat(one.toBuilder().idSeed(2).options()).isNotEqualTo(one);
        assertThat(one.toBuilder().clock(FIXED).options()).isNotEqualTo(one);
        assertThat(one.toBuilder().verifySignatures().options()).isNotEqualTo(one);
        assertThat(one.toBuilder().options()).isEqualTo(one);
    }

    @Test
    void theDefaultsAreThoseOfCreateAndTheTextHidesTheSecret() {
        assertThat(FakeOptions.defaults().region()).isEqualTo(Region.US_EAST_1);
        assertThat(FakeOptions.defaults().accountId()).isEqualTo(CognitoIdentityFake.DEFAULT_ACCOUNT_ID);
        assertThat(FakeOptions.defaults().idSeed()).isEmpty();
        assertThat(FakeOptions.defaults().verifiesSignatures()).isFalse();
        assertThat(FakeOptions.defaults().toString())
                .contains("us-east-1", CognitoIdentityFake.DEFAULT_ACCESS_KEY_ID)
                .doesNotContain(CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY);
    }
}
