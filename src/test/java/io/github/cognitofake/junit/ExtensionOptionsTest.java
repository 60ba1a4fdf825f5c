package io.github.cognitofake.junit;

import static io.github.cognitofake.junit.Kit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension takes the fake's whole configuration as one value, clock included. */
class ExtensionOptionsTest {

    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void optionsReachTheInjectedFake() {
        assertAllPassed(Kit.run(WithOptions.class), 1);
    }

    static class WithOptions {
        @RegisterExtension
        static final CognitoIdentityFakeExtension COGNITO = CognitoIdentityFakeExtension.builder()
                .options(CognitoIdentityFake.builder()
                        .region("eu-central-1")
                        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                        .idSeed(3)
                        .options())
                .build();

        @Test
        void theFakeHasThem(CognitoIdentityFake fake) {
            assertThat(fake.options().clock().instant()).isEqualTo(NOW);
            assertThat(fake.options().idSeed()).hasValue(3);
            String poolId = fake.client()
                    .createIdentityPool(b -> b.identityPoolName("p").allowUnauthenticatedIdentities(true))
                    .identityPoolId();
            assertThat(poolId).startsWith("eu-central-1:");
            // The pool's identities are dated by the fake's clock.
            String identityId = fake.client()
                    .getId(b -> b.identityPoolId(poolId).accountId(fake.accountId()))
                    .identityId();
            assertThat(fake.client()
                            .describeIdentity(b -> b.identityId(identityId))
                            .creationDate())
                    .isEqualTo(NOW);
        }
    }
}
