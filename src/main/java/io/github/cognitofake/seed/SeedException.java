package io.github.cognitofake.seed;

import java.util.Optional;

/**
 * A seed or fixture the service refused, or that cannot be applied to this fake. Its message names the pool
 * (and, for a fixture, the file and JSON location) and carries the service's message verbatim. Nothing the
 * failed seed created is left behind.
 */
public final class SeedException extends RuntimeException {

    private final String errorCode;

    /**
     * @param errorCode the service's error code, or null when the fake refused the seed before calling the service
     * @param message what was refused, and why
     */
    public SeedException(String message, String errorCode) {
        super(message);
        this.errorCode = errorCode;
    }

    /**
     * {@return the service's error code, such as {@code InvalidParameterException}, when the service refused
     * the seed}
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }
}
