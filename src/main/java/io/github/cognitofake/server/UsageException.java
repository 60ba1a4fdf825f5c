package io.github.cognitofake.server;

/** A command line the server cannot run with; the message says what is wrong and how to put it right. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
