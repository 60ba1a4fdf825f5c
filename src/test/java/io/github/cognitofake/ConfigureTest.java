package io.github.cognitofake;

import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/**
 * {@code fake.configure(builder)} and {@code fake.configure(builder, retries)} on the user's own builders. Uses only
 * API every supported SDK has, so that it runs on the oldest and the newest SDK too (pom.xml, sdk-oldest and
 * sdk-newest).
 */
class ConfigureTest {

    @Test
    void aBuilderInTheFakesRegionKeepsIt() {
        try (CognitoIdentityFake fake =
                        CognitoIdentityFake.builder().region("eu-west-1").build();
                CognitoIdentityClient yours = fake.configure(
                                CognitoIdentityClient.builder().region(Region.EU_WEST_1))
                        .build()) {
            String poolId = yours.createIdentityPool(
                            b -> b.identityPoolName("app").allowUnauthenticatedIdentities(true))
                    .identityPoolId();

            assertThat(poolId).startsWith("eu-west-1:");
        }
    }

    @Test
    void aBuilderInAnotherRegionIsRefusedInsteadOfSilentlyMoved() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            String expected = "The client builder's region is eu-west-1, but this fake's is us-east-1: a fake is one"
                    + " region (its pool ids start with it). Create the fake in the region of your code,"
                    + " CognitoIdentityFake.builder().region(\"eu-west-1\"), or leave the region unset on the builder.";
            assertThatThrownBy(
                            () -> fake.configure(CognitoIdentityClient.builder().region(Region.EU_WEST_1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(expected);
            assertThatThrownBy(() -> fake.configure(
                            CognitoIdentityAsyncClient.builder().region(Region.EU_WEST_1), Retries.WITHOUT_BACKOFF))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(expected);
        }
    }

    @Test
    void aBuilderWithoutRegionGetsTheFakes() {
        try (CognitoIdentityFake fake =
                        CognitoIdentityFake.builder().region("ap-south-1").build();
                CognitoIdentityClient yours =
                        fake.configure(CognitoIdentityClient.builder()).build()) {
            assertThat(yours.createIdentityPool(b -> b.identityPoolName("app").allowUnauthenticatedIdentities(true))
                            .identityPoolId())
                    .startsWith("ap-south-1:");
        }
    }

    @Test
    void withoutBackoffRetriesThrottlingAtOnce() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create();
                CognitoIdentityClient yours = fake.configure(CognitoIdentityClient.builder(), Retries.WITHOUT_BACKOFF)
                        .build()) {
            yours.listIdentityPools(b -> b.maxResults(10)); // warm: the first call of a client loads classes
            fake.faults().on(LIST_IDENTITY_POOLS).throttle().times(2);

            Duration took = timed(() -> yours.listIdentityPools(b -> b.maxResults(10)));

            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS).get(1).attempts())
                    .hasSize(3);
            // In the SDK's legacy retry mode (the default before SDK 2.59) two throttling retries wait 750 ms or more.
            assertThat(took).isLessThan(Duration.ofMillis(750));
        }
    }

    @Test
    void withoutBackoffDropsTheBuildersWaitingButKeepsItsAttempts() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create();
                CognitoIdentityClient yours = fake.configure(
                                CognitoIdentityClient.builder()
                                        .overrideConfiguration(o -> retryPolicy(o, 1, TWO_SECONDS)),
                                Retries.WITHOUT_BACKOFF)
                        .build()) {
            fake.faults().on(LIST_IDENTITY_POOLS).throttle().always();

            Duration took = timed(() -> assertServiceError(
                    () -> yours.listIdentityPools(b -> b.maxResults(10)),
                    TooManyRequestsException.class,
                    400,
                    "TooManyRequestsException",
                    "Rate exceeded"));

            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS).get(0).attempts())
                    .hasSize(2);
            assertThat(took).isLessThan(TWO_SECONDS);
        }
    }

    @Test
    void asConfiguredKeepsTheBuildersWaiting() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create();
                CognitoIdentityClient yours = fake.configure(CognitoIdentityClient.builder()
                                .overrideConfiguration(o -> retryPolicy(o, 2, Duration.ofMillis(300))))
                        .build()) {
            fake.faults().on(LIST_IDENTITY_POOLS).throttle().times(1);

            Duration took = timed(() -> yours.listIdentityPools(b -> b.maxResults(10)));

            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS).get(0).attempts())
                    .hasSize(2);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    /** A fixed wait before every retry, throttled or not, through RetryPolicy: the retry API of every supported SDK. */
    @SuppressWarnings("deprecation")
    private static void retryPolicy(ClientOverrideConfiguration.Builder override, int retries, Duration wait) {
        override.retryPolicy(r -> r.numRetries(retries)
                .backoffStrategy(FixedDelayBackoffStrategy.create(wait))
                .throttlingBackoffStrategy(FixedDelayBackoffStrategy.create(wait)));
    }

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
