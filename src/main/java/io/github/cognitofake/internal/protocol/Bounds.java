package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/**
 * How much of a request an error answer may repeat. Both bounds are UNCONFIRMED (docs/fidelity.md): real
 * messages of a few hundred characters were seen arriving whole, in the body and in the {@code x-amzn-ErrorMessage}
 * header, but no trace of where the service cuts a longer one was found.
 */
final class Bounds {

    /** What stands where text was cut off. */
    static final String CUT_MARKER = "...";

    /** The most characters of one failing value a {@code ValidationException} item echoes. */
    @Behaviour(id = "validation.echo-bound", status = UNCONFIRMED)
    static final int MAX_ECHOED_VALUE = 256;

    /**
     * The most characters of an error message, in the body and in the header alike; a header of a few KB stays
     * well inside what HTTP clients and servers accept.
     */
    @Behaviour(id = "protocol.message-bound", status = UNCONFIRMED)
    static final int MAX_MESSAGE = 4096;

    private Bounds() {}

    /** The first {@code max} characters of {@code text}, one fewer where the cut would split a surrogate pair. */
    static String cut(CharSequence text, int max) {
        if (text.length() <= max) {
            return text.toString();
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.subSequence(0, end).toString();
    }

    /** {@code text} itself when it has at most {@code max} characters, else its start and the marker, {@code max} in all. */
    static String atMost(String text, int max) {
        return text.length() <= max ? text : cut(text, max - CUT_MARKER.length()) + CUT_MARKER;
    }
}
