package io.github.cognitofake.fault;

import static io.github.cognitofake.fault.FaultTestSupport.sdkAttemptCount;
import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.io.IOException;
import java.net.SocketException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Connection resets and corrupted bodies: the SDK sees an I/O failure (never a service exception) and
 * retries it, as with a real network. Measured with SDK 2.55.6 (LEGACY retry mode): all are retried.
 */
@CognitoIdentityFakeTest
class ConnectionAndBodyFaultTest {

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private int poolCount() {
        return fake.client()
                .listIdentityPools(b -> b.maxResults(60))
                .identityPools()
                .size();
    }

    @BothClients
    void aResetConnectionIsAnIoFailureThatTheSdkRetries(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule reset =
                fake.faults().on(CREATE_IDENTITY_POOL).connectionReset().always();

        SdkClientException error = catchThrowableOfType(SdkClientException.class, () -> TestPools.create(cognito, "p"));

        assertThat(error.getClass()).isEqualTo(SdkClientException.class);
        assertThat(error)
                .hasMessageStartingWith("Unable to execute HTTP request: Connection reset")
                .hasRootCauseInstanceOf(SocketException.class)
                .hasRootCauseMessage("Connection reset");
        assertThat(sdkAttemptCount(error)).isEqualTo(4);
        assertThat(reset.attemptsSeen()).isEqualTo(4);
        assertThat(poolCount()).as("the service never saw the request").isZero();
    }

    @BothClients
    void aResetOnceIsRecoveredByTheRetry(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule reset =
                fake.faults().on(CREATE_IDENTITY_POOL).connectionReset().once();

        TestPools.create(cognito, "p");

        assertThat(reset.attemptsSeen()).isEqualTo(2);
        assertThat(poolCount()).isEqualTo(1);
    }

    @BothClients
    void aResetAfterProcessingMakesTheRetriedCreateCreateTwice(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule reset = fake.faults()
                .on(CREATE_IDENTITY_POOL)
                .connectionResetAfterProcessing()
                .once();

        TestPools.create(cognito, "p");

        assertThat(reset.attemptsSeen()).isEqualTo(2);
        assertThat(poolCount()).as("the lost answer's pool exists too").isEqualTo(2);
    }

    @BothClients
    void aMalformedBodyFailsUnmarshallingAndIsRetried(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = TestPools.create(cognito, "p");
        FaultRule malformed =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).malformedBody().always();

        SdkClientException error = catchThrowableOfType(
                SdkClientException.class, () -> cognito.describeIdentityPool(b -> b.identityPoolId(poolId)));

        assertThat(error.getClass()).isEqualTo(SdkClientException.class);
        assertThat(error)
                .hasMessageContaining("JsonParseException: Unexpected character ('<'")
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(sdkAttemptCount(error)).isEqualTo(4);
        assertThat(malformed.attemptsSeen()).isEqualTo(4);
    }

    @BothClients
    void aMalformedBodyOnceIsRecoveredByTheRetry(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = TestPools.create(cognito, "p");
        FaultRule malformed =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).malformedBody().once();

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName())
                .isEqualTo("p");
        assertThat(malformed.attemptsSeen()).isEqualTo(2);
    }

    @BothClients
    void aTruncatedBodyEndsWithAnIoFailureAndIsRetried(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = TestPools.create(cognito, "p");
        FaultRule truncated =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).truncatedBody().always();

        SdkClientException error = catchThrowableOfType(
                SdkClientException.class, () -> cognito.describeIdentityPool(b -> b.identityPoolId(poolId)));

        assertThat(error.getClass()).isEqualTo(SdkClientException.class);
        assertThat(error)
                .hasMessageContaining("Premature end of Content-Length delimited message body (expected: ")
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(sdkAttemptCount(error)).isEqualTo(4);
        assertThat(truncated.attemptsSeen()).isEqualTo(4);
    }

    @BothClients
    void aTruncatedBodyOnceIsRecoveredByTheRetry(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = TestPools.create(cognito, "p");
        FaultRule truncated =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).truncatedBody().once();

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName())
                .isEqualTo("p");
        assertThat(truncated.attemptsSeen()).isEqualTo(2);
    }
}
