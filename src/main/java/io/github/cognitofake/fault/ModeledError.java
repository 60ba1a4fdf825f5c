package io.github.cognitofake.fault;

/**
 * The errors of the Cognito Identity model, with the HTTP status the service answers them with
 * (400 for every client error, including throttling; 500 for {@code InternalErrorException}).
 * The SDK turns each into its exception class of the same name.
 */
public enum ModeledError {
    /** {@code ConcurrentModificationException}, HTTP 400. */
    CONCURRENT_MODIFICATION("ConcurrentModificationException", 400),
    /** {@code DeveloperUserAlreadyRegisteredException}, HTTP 400. */
    DEVELOPER_USER_ALREADY_REGISTERED("DeveloperUserAlreadyRegisteredException", 400),
    /** {@code ExternalServiceException}, HTTP 400. */
    EXTERNAL_SERVICE("ExternalServiceException", 400),
    /** {@code InternalErrorException}, HTTP 500. */
    INTERNAL_ERROR("InternalErrorException", 500),
    /** {@code InvalidIdentityPoolConfigurationException}, HTTP 400. */
    INVALID_IDENTITY_POOL_CONFIGURATION("InvalidIdentityPoolConfigurationException", 400),
    /** {@code InvalidParameterException}, HTTP 400. */
    INVALID_PARAMETER("InvalidParameterException", 400),
    /** {@code LimitExceededException}, HTTP 400. */
    LIMIT_EXCEEDED("LimitExceededException", 400),
    /** {@code NotAuthorizedException}, HTTP 400. */
    NOT_AUTHORIZED("NotAuthorizedException", 400),
    /** {@code ResourceConflictException}, HTTP 400. */
    RESOURCE_CONFLICT("ResourceConflictException", 400),
    /** {@code ResourceNotFoundException}, HTTP 400. */
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    /** {@code TooManyRequestsException}, HTTP 400. */
    TOO_MANY_REQUESTS("TooManyRequestsException", 400);

    private final String code;
    private final int status;

    ModeledError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** {@return the error code on the wire ({@code __type}), such as {@code ResourceConflictException}} */
    public String code() {
        return code;
    }

    /** {@return the HTTP status the real service answers this error with} */
    public int status() {
        return status;
    }
}
