package io.github.cognitofake.docs;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.UPDATE_IDENTITY_POOL;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.fault.ModeledError;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.TestPools;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.ConcurrentModificationException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** The examples of docs/faults.md, each runnable as it is printed there. */
@CognitoIdentityFakeTest
class FaultsExamplesTest {

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @InjectCognitoIdentity
    CognitoIdentityClient client;

    private String poolId;

    @BeforeEach
    void createPool() {
        poolId = TestPools.create(client, "app");
    }

    @Test
    void survivesThrottling() {
        // tag::survivesThrottling[]
        FaultRule throttling = fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);

        client.getIdentityPoolRoles(b -> b.identityPoolId(poolId)); // the SDK retries; attempt 3 succeeds

        assertThat(throttling.attemptsSeen()).isEqualTo(3);
        // end::survivesThrottling[]
    }

    @Test
    void givesUpWhenThrottlingNeverStops() {
        // tag::givesUpWhenThrottlingNeverStops[]
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().always();

        TooManyRequestsException error = catchThrowableOfType(TooManyRequestsException.class,
                () -> client.getIdentityPoolRoles(b -> b.identityPoolId(poolId)));

        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("TooManyRequestsException");
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
        assertThat(error).hasMessageEndingWith("(SDK Attempt Count: 4)");
        // end::givesUpWhenThrottlingNeverStops[]
    }

    @Test
    void scriptsASequence() {
        // tag::scriptsASequence[]
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);              // attempts 1, 2
        fake.faults().on(GET_IDENTITY_POOL_ROLES).notAuthorized("Refused").once();  // attempt 3: not retried
        // end::scriptsASequence[]

        NotAuthorizedException refused = assertServiceError(
                () -> client.getIdentityPoolRoles(b -> b.identityPoolId(poolId)),
                NotAuthorizedException.class, 400, "NotAuthorizedException", "Refused");
        assertThat(refused).hasMessageEndingWith("(SDK Attempt Count: 3)");
    }

    @Test
    void refusesAccess() {
        // tag::refusesAccess[]
        fake.faults().on(DESCRIBE_IDENTITY_POOL).forIdentityPool(poolId)
                .notAuthorized("Unauthenticated access is not supported for this identity pool.").once();

        NotAuthorizedException error = catchThrowableOfType(NotAuthorizedException.class,
                () -> client.describeIdentityPool(b -> b.identityPoolId(poolId)));

        assertThat(error.awsErrorDetails().errorMessage())
                .isEqualTo("Unauthenticated access is not supported for this identity pool.");
        assertThat(error).hasMessageEndingWith("(SDK Attempt Count: 1)"); // never retried
        // end::refusesAccess[]
        assertServiceError(() -> {
            throw error;
        }, NotAuthorizedException.class, 400, "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
    }

    @Test
    void answersAnyModeledOrCustomError() {
        // tag::answersAnyModeledOrCustomError[]
        fake.faults().on(UPDATE_IDENTITY_POOL)
                .error(ModeledError.CONCURRENT_MODIFICATION, "The pool is being modified.").once();
        fake.faults().on(DESCRIBE_IDENTITY_POOL)
                .customError(403, "AccessDeniedException", "User is not authorized").once();
        // end::answersAnyModeledOrCustomError[]

        assertServiceError(() -> client.updateIdentityPool(b -> b
                .identityPoolId(poolId).identityPoolName("app").allowUnauthenticatedIdentities(false)),
                ConcurrentModificationException.class, 400, "ConcurrentModificationException",
                "The pool is being modified.");
        assertServiceError(() -> client.describeIdentityPool(b -> b.identityPoolId(poolId)),
                CognitoIdentityException.class, 403, "AccessDeniedException", "User is not authorized");
    }

    @Test
    void losesTheAnswerOfACreate() {
        // tag::losesTheAnswerOfACreate[]
        fake.faults().on(CREATE_IDENTITY_POOL).connectionResetAfterProcessing().once();

        client.createIdentityPool(b -> b.identityPoolName("orders").allowUnauthenticatedIdentities(false));

        // The first attempt created a pool whose answer was lost; the SDK's retry created a second one.
        assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                .filteredOn(pool -> pool.identityPoolName().equals("orders")).hasSize(2);
        // end::losesTheAnswerOfACreate[]
    }

    @Test
    void breaksTheConnection() {
        // tag::breaksTheConnection[]
        fake.faults().onAnyOperation().connectionReset().always();

        SdkClientException error = catchThrowableOfType(SdkClientException.class,
                () -> client.describeIdentityPool(b -> b.identityPoolId(poolId)));

        assertThat(error).hasMessageStartingWith("Unable to execute HTTP request: Connection reset")
                .hasMessageEndingWith("(SDK Attempt Count: 4)");
        // end::breaksTheConnection[]
    }

    @Test
    void timesOutASlowCall() {
        // tag::timesOutASlowCall[]
        fake.faults().on(DESCRIBE_IDENTITY_POOL).latency(Duration.ofMinutes(5)).always();
        try (CognitoIdentityClient impatient = fake.configure(CognitoIdentityClient.builder()
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMillis(200)))).build()) {

            assertThat(catchThrowableOfType(ApiCallTimeoutException.class,
                    () -> impatient.describeIdentityPool(b -> b.identityPoolId(poolId))))
                    .hasMessageStartingWith("Client execution did not complete before the specified timeout configuration: 200 millis");
        }
        // end::timesOutASlowCall[]
    }

    @Test
    void testsRealBackoff() {
        // tag::testsRealBackoff[]
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);
        try (CognitoIdentityClient backingOff = fake.configure(CognitoIdentityClient.builder()
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.legacyRetryStrategy().toBuilder()
                        .backoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100)))
                        .throttlingBackoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100)))
                        .build()))).build()) {

            long start = System.nanoTime();
            backingOff.getIdentityPoolRoles(b -> b.identityPoolId(poolId));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
        // end::testsRealBackoff[]
    }
}
