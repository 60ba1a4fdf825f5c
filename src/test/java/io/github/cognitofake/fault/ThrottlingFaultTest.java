package io.github.cognitofake.fault;

import static io.github.cognitofake.fault.FaultTestSupport.sdkAttemptCount;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** Throttling answers as Cognito Identity does, and the SDK's own retry logic retries it. */
@CognitoIdentityFakeTest
class ThrottlingFaultTest {

    private static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Auth";
    // The SDK's default backoff spends about 2.7 s on a throttled call; without backoff it is milliseconds.
    private static final Duration FAR_BELOW_DEFAULT_BACKOFF = Duration.ofMillis(1500);

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private String poolId;

    @BeforeEach
    void createPool() {
        poolId = TestPools.create(fake.client(), "app");
        fake.client().setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("authenticated", AUTH_ROLE)));
    }

    @BothClients
    void throttlesTwiceThenTheThirdAttemptSucceedsWithoutWaiting(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule throttling =
                fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);

        long start = System.nanoTime();
        GetIdentityPoolRolesResponse roles = cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(roles.roles()).containsEntry("authenticated", AUTH_ROLE);
        assertThat(throttling.attemptsSeen()).as("attempts").isEqualTo(3);
        assertThat(throttling.attemptsFaulted()).isEqualTo(2);
        assertThat(elapsed).isLessThan(FAR_BELOW_DEFAULT_BACKOFF);
    }

    @BothClients
    void throttlingThatNeverStopsFailsAfterTheSdksFourAttempts(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule throttling =
                fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().always();

        TooManyRequestsException error = assertServiceError(
                () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId)),
                TooManyRequestsException.class,
                400,
                "TooManyRequestsException",
                "Rate exceeded");

        assertThat(error.isThrottlingException()).isTrue();
        assertThat(sdkAttemptCount(error)).isEqualTo(4);
        assertThat(throttling.attemptsSeen()).isEqualTo(4);
    }

    @BothClients
    void throttlesWithAnotherMessage(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle("Too many requests").always();

        TooManyRequestsException error = assertServiceError(
                () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId)),
                TooManyRequestsException.class,
                400,
                "TooManyRequestsException",
                "Too many requests");

        assertThat(sdkAttemptCount(error)).isEqualTo(4);
    }
}
