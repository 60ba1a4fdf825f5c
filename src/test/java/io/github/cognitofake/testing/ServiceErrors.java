package io.github.cognitofake.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cognitofake.internal.service.common.ServiceError;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Asserts an error the way a user of the real service would see it, field by field. */
public final class ServiceErrors {

    private ServiceErrors() {}

    /**
     * Asserts that the call fails with exactly this exception class, HTTP status, error code and message,
     * with a request id, as the SDK reports errors of the real service.
     *
     * @return the exception, for further assertions
     */
    public static <T extends AwsServiceException> T assertServiceError(
            ThrowingCallable call, Class<T> type, int status, String errorCode, String message) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("exception").isNotNull();
        assertThat(thrown.getClass()).as("exception class of %s", thrown).isEqualTo(type);
        T error = type.cast(thrown);
        assertThat(error.statusCode()).as("statusCode()").isEqualTo(status);
        assertThat(error.awsErrorDetails().errorCode()).as("errorCode()").isEqualTo(errorCode);
        assertThat(error.awsErrorDetails().errorMessage()).as("errorMessage()").isEqualTo(message);
        assertThat(error.awsErrorDetails().serviceName()).as("serviceName()").isEqualTo("CognitoIdentity");
        assertThat(error.requestId())
                .as("requestId()")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        return error;
    }

    /**
     * Asserts that a call into the service layer fails with a {@link ServiceError} of exactly this HTTP status,
     * error code and message, which the wire layer would answer with.
     *
     * @return the error, for further assertions
     */
    public static ServiceError assertInternalError(ThrowingCallable call, int status, String code, String message) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("service error").isNotNull();
        assertThat(thrown.getClass()).as("exception class of %s", thrown).isEqualTo(ServiceError.class);
        ServiceError error = (ServiceError) thrown;
        assertThat(error.status()).as("status()").isEqualTo(status);
        assertThat(error.code()).as("code()").isEqualTo(code);
        assertThat(error.getMessage()).as("getMessage()").isEqualTo(message);
        return error;
    }
}
