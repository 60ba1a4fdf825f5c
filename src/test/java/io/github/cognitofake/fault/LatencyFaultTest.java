package io.github.cognitofake.fault;

import static io.github.cognitofake.fault.FaultTestSupport.sdkAttemptCount;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** Latency works with the SDK's own timeouts, for both clients, and blocks nobody else. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@CognitoIdentityFakeTest
class LatencyFaultTest {

    // Far longer than any test runs: only a timeout that fires can end the wait.
    private static final Duration FOREVER = Duration.ofMinutes(10);

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private String poolId;

    @BeforeEach
    void createPool() {
        poolId = TestPools.create(fake.client(), "p");
    }

    private CognitoIdentityClient clientWithTimeouts(ClientKind kind, Duration attemptTimeout, Duration callTimeout) {
        if (kind == ClientKind.SYNC) {
            return fake.configure(software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient.builder()
                            .overrideConfiguration(
                                    o -> o.apiCallAttemptTimeout(attemptTimeout).apiCallTimeout(callTimeout)))
                    .build();
        }
        CognitoIdentityAsyncClient async = fake.configure(CognitoIdentityAsyncClient.builder()
                        .overrideConfiguration(
                                o -> o.apiCallAttemptTimeout(attemptTimeout).apiCallTimeout(callTimeout)))
                .build();
        return ClientKind.awaiting(async);
    }

    @BothClients
    void aSmallDelayStillAnswers(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule slow = fake.faults()
                .on(DESCRIBE_IDENTITY_POOL)
                .latency(Duration.ofMillis(50))
                .once();

        long start = System.nanoTime();
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName())
                .isEqualTo("p");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(slow.attemptsSeen()).isEqualTo(1);
        assertThat(slow.attemptsFaulted()).isEqualTo(1);
    }

    @BothClients
    void theAttemptTimeoutCutsTheDelayShortAndTheSdkRetries(ClientKind kind) {
        CognitoIdentityClient cognito = clientWithTimeouts(kind, Duration.ofMillis(200), Duration.ofSeconds(20));
        FaultRule slow =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).latency(FOREVER).once();

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName())
                .isEqualTo("p");

        assertThat(slow.attemptsSeen()).as("attempts").isEqualTo(2);
        assertThat(Thread.currentThread().isInterrupted())
                .as("interrupt flag left behind")
                .isFalse();
    }

    @BothClients
    void theCallTimeoutEndsACallThatNeverAnswers(ClientKind kind) {
        CognitoIdentityClient cognito = clientWithTimeouts(kind, Duration.ofSeconds(20), Duration.ofMillis(300));
        FaultRule slow =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).latency(FOREVER).always();

        Throwable error = catchThrowable(() -> cognito.describeIdentityPool(b -> b.identityPoolId(poolId)));

        assertThat(error)
                .isExactlyInstanceOf(ApiCallTimeoutException.class)
                .hasMessageStartingWith(
                        "Client execution did not complete before the specified timeout configuration: 300 millis");
        assertThat(slow.attemptsSeen()).isEqualTo(1);
        assertThat(Thread.currentThread().isInterrupted())
                .as("interrupt flag left behind")
                .isFalse();
    }

    @BothClients
    void attemptTimeoutsOnEveryAttemptExhaustTheSdksAttempts(ClientKind kind) {
        CognitoIdentityClient cognito = clientWithTimeouts(kind, Duration.ofMillis(100), Duration.ofSeconds(20));
        FaultRule slow =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).latency(FOREVER).always();

        Throwable error = catchThrowable(() -> cognito.describeIdentityPool(b -> b.identityPoolId(poolId)));

        assertThat(error.getClass().getSimpleName()).isEqualTo("ApiCallAttemptTimeoutException");
        assertThat(error).hasMessageContaining("100 millis");
        assertThat(sdkAttemptCount(error)).isEqualTo(4);
        assertThat(slow.attemptsSeen()).isEqualTo(4);
    }

    @Test
    void aSlowAsyncCallHoldsNoThreadAndDoesNotDelayOthers() throws Exception {
        String other = TestPools.create(fake.client(), "other");
        fake.faults()
                .on(DESCRIBE_IDENTITY_POOL)
                .forIdentityPool(poolId)
                .latency(FOREVER)
                .always();
        int threadsBefore = Thread.activeCount();

        // Far more slow calls than any thread pool would hold, if each blocked a thread.
        CompletableFuture<?>[] slowCalls = new CompletableFuture<?>[200];
        for (int i = 0; i < slowCalls.length; i++) {
            slowCalls[i] = fake.asyncClient().describeIdentityPool(b -> b.identityPoolId(poolId));
        }
        String otherName = fake.asyncClient()
                .describeIdentityPool(b -> b.identityPoolId(other))
                .get(5, TimeUnit.SECONDS)
                .identityPoolName();

        assertThat(otherName).isEqualTo("other");
        assertThat(slowCalls).noneMatch(CompletableFuture::isDone);
        assertThat(Thread.activeCount() - threadsBefore).as("threads started").isLessThan(20);
        for (CompletableFuture<?> call : slowCalls) {
            call.cancel(true);
        }
    }
}
