package io.github.cognitofake.fault;

import static io.github.cognitofake.fault.FaultTestSupport.callWithEmptyRequest;
import static io.github.cognitofake.fault.FaultTestSupport.sdkAttemptCount;
import static io.github.cognitofake.fault.FaultTestSupport.sdkExceptionClass;
import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.operation.Operation;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * Error faults reach the code under test exactly as the real service's errors do: same class, status,
 * code, message and request id, and the SDK retries only what it retries in production.
 */
@CognitoIdentityFakeTest
class ErrorFaultTest {

    // The SDK retries throttling (by code) and 5xx (by status); every other modeled error is final.
    private static final Set<ModeledError> RETRIED =
            Set.of(ModeledError.TOO_MANY_REQUESTS, ModeledError.INTERNAL_ERROR);

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void notAuthorizedIsNotRetried(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule rule = fake.faults()
                .on(DESCRIBE_IDENTITY_POOL)
                .notAuthorized("Access to Identity 'x' is forbidden.")
                .always();

        NotAuthorizedException error = assertServiceError(
                () -> callWithEmptyRequest(cognito, DESCRIBE_IDENTITY_POOL),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Access to Identity 'x' is forbidden.");

        assertThat(sdkAttemptCount(error)).isEqualTo(1);
        assertThat(rule.attemptsSeen()).isEqualTo(1);
    }

    @BothClients
    void internalErrorIsAnHttp500ThatTheSdkRetries(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule rule =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).internalError().always();

        InternalErrorException error = assertServiceError(
                () -> callWithEmptyRequest(cognito, DESCRIBE_IDENTITY_POOL),
                InternalErrorException.class,
                500,
                "InternalErrorException",
                "An internal error occurred.");

        assertThat(sdkAttemptCount(error)).isEqualTo(4);
        assertThat(rule.attemptsSeen()).isEqualTo(4);
    }

    @BothClients
    void internalErrorOnceIsRecoveredByTheSdk(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule rule = fake.faults()
                .on(CREATE_IDENTITY_POOL)
                .internalError("Something broke")
                .once();

        String poolId = TestPools.create(cognito, "p");

        assertThat(poolId).startsWith("us-east-1:");
        assertThat(rule.attemptsSeen()).isEqualTo(2);
        assertThat(fake.client().listIdentityPools(b -> b.maxResults(10)).identityPools())
                .hasSize(1);
    }

    static Stream<Arguments> everyModeledErrorOfEveryOperation() {
        List<Arguments> cases = new ArrayList<>();
        for (ClientKind kind : ClientKind.values()) {
            for (Operation operation : Operation.values()) {
                for (ModeledError error : ModeledError.values()) {
                    if (FaultTestModel.errorsOf(operation).contains(error.code())) {
                        cases.add(Arguments.of(kind, operation, error));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyModeledErrorOfEveryOperation")
    void answersEveryModeledErrorOfEveryOperation(ClientKind kind, Operation operation, ModeledError modeled) {
        CognitoIdentityClient cognito = kind.client(fake);
        String message = "injected " + modeled.code();
        FaultRule rule = fake.faults().on(operation).error(modeled, message).always();

        AwsServiceException error = assertServiceError(
                () -> callWithEmptyRequest(cognito, operation),
                sdkExceptionClass(modeled.code()).asSubclass(AwsServiceException.class),
                modeled.status(),
                modeled.code(),
                message);

        int expectedAttempts = RETRIED.contains(modeled) ? 4 : 1;
        assertThat(sdkAttemptCount(error)).isEqualTo(expectedAttempts);
        assertThat(rule.attemptsSeen()).isEqualTo(expectedAttempts);
    }

    @BothClients
    void anUnmodeledErrorReachesTheCodeAsTheServicesBaseException(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults()
                .on(DESCRIBE_IDENTITY_POOL)
                .customError(403, "AccessDeniedException", "User is not authorized")
                .always();

        CognitoIdentityException error = assertServiceError(
                () -> callWithEmptyRequest(cognito, DESCRIBE_IDENTITY_POOL),
                CognitoIdentityException.class,
                403,
                "AccessDeniedException",
                "User is not authorized");

        assertThat(sdkAttemptCount(error)).isEqualTo(1);
    }

    @BothClients
    void aCustom503IsRetriedBecauseOfItsStatus(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults()
                .on(DESCRIBE_IDENTITY_POOL)
                .customError(503, "ServiceUnavailableException", "Service Unavailable")
                .always();

        CognitoIdentityException error = assertServiceError(
                () -> callWithEmptyRequest(cognito, DESCRIBE_IDENTITY_POOL),
                CognitoIdentityException.class,
                503,
                "ServiceUnavailableException",
                "Service Unavailable");

        assertThat(sdkAttemptCount(error)).isEqualTo(4);
    }

    @BothClients
    void aCustomErrorWithoutMessageGetsTheSdksGenericText(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults()
                .on(DESCRIBE_IDENTITY_POOL)
                .customError(400, "UnrecognizedClientException", null)
                .always();

        CognitoIdentityException error = assertServiceError(
                () -> callWithEmptyRequest(cognito, DESCRIBE_IDENTITY_POOL),
                CognitoIdentityException.class,
                400,
                "UnrecognizedClientException",
                null);

        assertThat(error.getMessage()).startsWith("Service returned error code UnrecognizedClientException");
        assertThat(sdkAttemptCount(error)).isEqualTo(1);
    }

    @Test
    void refusesAnErrorTheOperationDoesNotModel() {
        FaultTarget target = fake.faults().on(Operation.GET_IDENTITY_POOL_ROLES);

        assertThatThrownBy(() -> target.error(ModeledError.CONCURRENT_MODIFICATION, "busy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "GetIdentityPoolRoles cannot answer ConcurrentModificationException: its modeled errors are "
                                + "[InvalidParameterException, ResourceNotFoundException, NotAuthorizedException, "
                                + "ResourceConflictException, TooManyRequestsException, InternalErrorException]. "
                                + "To send it anyway, use customError(400, \"ConcurrentModificationException\", message).");
        assertThat(fake.faults().rules()).isEmpty();
    }
}
