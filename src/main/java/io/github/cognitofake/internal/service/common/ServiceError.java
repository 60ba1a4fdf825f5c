package io.github.cognitofake.internal.service.common;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/**
 * An answer of the service that is an error: the wire layer turns it into
 * {@code {"__type": code, "message": text}} with the given HTTP status.
 *
 * <p>Thrown by the service layer to abandon an operation before it changes any state. It carries no
 * stack trace: it is an expected answer, not a bug, and it is created on hot paths.
 */
public final class ServiceError extends RuntimeException {

    public static final String VALIDATION = "ValidationException";
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";
    public static final String INVALID_PARAMETER = "InvalidParameterException";
    public static final String NOT_AUTHORIZED = "NotAuthorizedException";
    public static final String RESOURCE_CONFLICT = "ResourceConflictException";
    public static final String DEVELOPER_USER_ALREADY_REGISTERED = "DeveloperUserAlreadyRegisteredException";
    public static final String LIMIT_EXCEEDED = "LimitExceededException";
    public static final String INTERNAL_ERROR = "InternalErrorException";
    public static final String INVALID_IDENTITY_POOL_CONFIGURATION = "InvalidIdentityPoolConfigurationException";

    private final String code;
    private final int status;

    public ServiceError(String code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    @Behaviour(id = "protocol.client-errors-are-400", status = CONFIRMED)
    public static ServiceError clientError(String code, String message) {
        return new ServiceError(code, 400, message);
    }

    public static ServiceError validation(String message) {
        return clientError(VALIDATION, message);
    }

    public static ServiceError resourceNotFound(String message) {
        return clientError(RESOURCE_NOT_FOUND, message);
    }

    public static ServiceError invalidParameter(String message) {
        return clientError(INVALID_PARAMETER, message);
    }

    public static ServiceError notAuthorized(String message) {
        return clientError(NOT_AUTHORIZED, message);
    }

    public static ServiceError resourceConflict(String message) {
        return clientError(RESOURCE_CONFLICT, message);
    }

    public static ServiceError invalidIdentityPoolConfiguration(String message) {
        return clientError(INVALID_IDENTITY_POOL_CONFIGURATION, message);
    }

    /** The modeled error code, for example {@code ResourceNotFoundException}. */
    public String code() {
        return code;
    }

    /** The HTTP status the service answers with. */
    public int status() {
        return status;
    }
}
