package io.github.cognitofake.fault;

/**
 * The errors of the Cognito Identity model, with the HTTP status the service answers them with
 * (400 for every client error, including throttling; 500 for {@code InternalErrorException}).
 * The SDK turns each into its exception class of the same name.
 */
public enum ModeledError {
    CONCURRENT_MODIFICATION("ConcurrentModificationException", 400),
    DEVELOPER_USER_ALREADY_REGISTERED("DeveloperUserAlreadyRegisteredException", 400),
    EXTERNAL_SERVICE("ExternalServiceException", 400),
    INTERNAL_ERROR("InternalErrorException", 500),
    INVALID_IDENTITY_POOL_CONFIGURATION("InvalidIdentityPoolConfigurationException", 400),
    INVALID_PARAMETER("InvalidParameterException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    NOT_AUTHORIZED("NotAuthorizedException", 400),
    RESOURCE_CONFLICT("ResourceConflictException", 400),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    TOO_MANY_REQUESTS("TooManyRequestsException", 400);

    private final String code;
    private final int status;

    ModeledError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** The error code on the wire ({@code __type}), such as {@code ResourceConflictException}. */
    public String code() {
        return code;
    }

    /** The HTTP status the real service answers this error with. */
    public int status() {
        return status;
    }
}
