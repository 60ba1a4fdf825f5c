package io.github.cognitofake.internal.http;

import java.io.IOException;
import java.util.Objects;

/**
 * How the answer to one HTTP attempt reaches the client: whole, cut short of its Content-Length, or not at
 * all (the connection breaks). Faults decide it, and every transport carries it out through one
 * {@link Carrier}, so a new way of delivering is a new method there and the compiler names every transport
 * (the in-process sync and async clients, the loopback server) that must learn it.
 */
public abstract class Delivery {

    private Delivery() {}

    /** The whole answer, as the service or a fault wrote it. */
    public static Delivery answer(WireResponse response) {
        return new Answer(Objects.requireNonNull(response, "response"));
    }

    /**
     * An answer whose body stops short: {@code prefix} carries the status, the headers and the bytes that
     * arrive, and the connection breaks after them although {@code advertisedLength} bytes were announced.
     */
    public static Delivery truncated(WireResponse prefix, int advertisedLength) {
        if (advertisedLength <= prefix.body().length) {
            throw new IllegalArgumentException("a truncated answer announces more bytes than it carries");
        }
        return new Truncated(prefix, advertisedLength);
    }

    /** No answer: the connection breaks with this failure, as a reset or a closed fake does. */
    public static Delivery broken(IOException failure) {
        return new Broken(Objects.requireNonNull(failure, "failure"));
    }

    /** Hands this delivery to the one method of the carrier that knows how to perform it. */
    public abstract <R> R carry(Carrier<R> carrier) throws IOException;

    /** A transport's way of performing each kind of delivery. */
    public interface Carrier<R> {

        /** Sends the whole answer. */
        R answer(WireResponse response) throws IOException;

        /** Sends the status, the headers (with the announced Content-Length) and the prefix, then breaks off. */
        R truncated(WireResponse prefix, int advertisedLength) throws IOException;

        /** Breaks the connection without an answer; the usual implementation throws {@code failure}. */
        R broken(IOException failure) throws IOException;
    }

    private static final class Answer extends Delivery {
        private final WireResponse response;

        Answer(WireResponse response) {
            this.response = response;
        }

        @Override
        public <R> R carry(Carrier<R> carrier) throws IOException {
            return carrier.answer(response);
        }
    }

    private static final class Truncated extends Delivery {
        private final WireResponse prefix;
        private final int advertisedLength;

        Truncated(WireResponse prefix, int advertisedLength) {
            this.prefix = prefix;
            this.advertisedLength = advertisedLength;
        }

        @Override
        public <R> R carry(Carrier<R> carrier) throws IOException {
            return carrier.truncated(prefix, advertisedLength);
        }
    }

    private static final class Broken extends Delivery {
        private final IOException failure;

        Broken(IOException failure) {
            this.failure = failure;
        }

        @Override
        public <R> R carry(Carrier<R> carrier) throws IOException {
            return carrier.broken(failure);
        }
    }
}
