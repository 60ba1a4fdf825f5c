package io.github.cognitofake.fault;

import java.util.Objects;

/**
 * A fault that was applied to one HTTP attempt, as the call journal reports it.
 *
 * @param kind        what the fault did
 * @param description what exactly, for example {@code TooManyRequestsException (HTTP 400): Rate exceeded}
 */
public record InjectedFault(FaultKind kind, String description) {

    /**
     * Checks the components.
     *
     * @param kind what the fault did
     * @param description what exactly
     * @throws NullPointerException if an argument is null
     */
    public InjectedFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** {@return the kind and description, such as {@code ERROR TooManyRequestsException (HTTP 400): Rate exceeded}} */
    @Override
    public String toString() {
        return kind + " " + description;
    }
}
