package io.github.cognitofake.internal.protocol;

/**
 * A request body the service could not turn into the operation's input; answered as {@code SerializationException}.
 */
public final class SerializationFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String message;

    /** @param message the service's text, or {@code null} when the real service sends none */
    public SerializationFailure(String message) {
        // A routine client error, not a bug: skip the stack trace, nobody reads it.
        super(message, null, false, false);
        this.message = message;
    }

    /** The text for the error body, or {@code null} when the body must carry no message at all. */
    public String message() {
        return message;
    }
}
