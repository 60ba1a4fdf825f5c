package io.github.cognitofake.fault;

import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** Fault plans stay with their fake, are cleared on demand, and a user's own retry settings are kept. */
class FaultIsolationTest {

    @Test
    void clearRemoveAndResetStopTheFaults() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            String poolId = TestPools.create(fake.client(), "p");
            FaultRule removed =
                    fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().always();
            removed.remove();
            assertThat(fake.client()
                            .describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolId())
                    .isEqualTo(poolId);
            assertThat(removed.attemptsSeen()).isZero();

            fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().always();
            fake.faults().clear();
            assertThat(fake.faults().rules()).isEmpty();
            assertThat(fake.client()
                            .describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolId())
                    .isEqualTo(poolId);

            fake.faults().onAnyOperation().throttle().always();
            fake.reset();
            assertThat(fake.faults().rules()).isEmpty();
            assertThat(TestPools.create(fake.client(), "p")).startsWith("us-east-1:");
        }
    }

    @Test
    void aPlanNeverReachesAnotherFake() {
        try (CognitoIdentityFake faulty = CognitoIdentityFake.create();
                CognitoIdentityFake healthy = CognitoIdentityFake.create()) {
            faulty.faults().onAnyOperation().throttle().always();
            assertThat(TestPools.create(healthy.client(), "p")).startsWith("us-east-1:");
            assertThat(faulty.faults().rules().get(0).attemptsSeen()).isZero();
        }
    }

    @Test
    void fakesWithDifferentPlansRunInParallel() throws Exception {
        int fakes = 8;
        int callsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(fakes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        try {
            for (int i = 0; i < fakes; i++) {
                int every = 2 + i % 4; // never two throttles in a row: every call recovers within the SDK's attempts
                results.add(pool.submit(() -> {
                    try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
                        String poolId = TestPools.create(fake.client(), "p");
                        start.await();
                        FaultRule rule = fake.faults()
                                .on(DESCRIBE_IDENTITY_POOL)
                                .throttle()
                                .everyNthAttempt(every);
                        int succeeded = 0;
                        for (int call = 0; call < callsEach; call++) {
                            fake.client().describeIdentityPool(b -> b.identityPoolId(poolId));
                            succeeded++;
                        }
                        return new int[] {every, succeeded, rule.attemptsSeen(), rule.attemptsFaulted()};
                    }
                }));
            }
            start.countDown();
            for (Future<int[]> result : results) {
                int[] r = result.get(30, TimeUnit.SECONDS);
                int every = r[0];
                assertThat(r[1]).isEqualTo(callsEach);
                assertThat(r[2])
                        .as("attempts with every %dth throttled", every)
                        .isEqualTo(expectedAttempts(every, callsEach));
                assertThat(r[3]).as("throttled attempts").isEqualTo(r[2] - callsEach);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Attempts needed for {@code calls} successes when every {@code every}th attempt is throttled. */
    private static int expectedAttempts(int every, int calls) {
        int attempts = 0;
        int successes = 0;
        while (successes < calls) {
            attempts++;
            if (attempts % every != 0) {
                successes++;
            }
        }
        return attempts;
    }

    @Test
    void aUsersOwnClientKeepsItsRetrySettings() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            String poolId = TestPools.create(fake.client(), "p");
            FaultRule rule = fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().always();
            try (CognitoIdentityClient noRetries = fake.configure(CognitoIdentityClient.builder()
                            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())))
                    .build()) {

                TooManyRequestsException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                        TooManyRequestsException.class,
                        () -> noRetries.describeIdentityPool(b -> b.identityPoolId(poolId)));

                assertThat(error.statusCode()).isEqualTo(400);
                assertThat(error.awsErrorDetails().errorCode()).isEqualTo("TooManyRequestsException");
                assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
                assertThat(FaultTestSupport.sdkAttemptCount(error)).isEqualTo(1);
                assertThat(rule.attemptsSeen()).isEqualTo(1);
            }
        }
    }
}
