package io.github.cognitofake.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;

/**
 * A body shorter than its Content-Length, delivered as a real HTTP client would deliver it: the bytes
 * that arrived, then an {@link IOException} with Apache HttpClient's wording.
 */
final class TruncatedBody {

    private TruncatedBody() {}

    static IOException prematureEnd(int expected, int received) {
        return new IOException("Premature end of Content-Length delimited message body (expected: " + expected
                + "; received: " + received + ")");
    }

    /** The bytes that arrived, as a stream for the synchronous client, failing where the rest should be. */
    static InputStream stream(byte[] body, int advertised) {
        return new PrematurelyEndingStream(body, advertised);
    }

    /** The bytes that arrived, as a publisher for the asynchronous client, then the failure. */
    static Publisher<ByteBuffer> publisher(byte[] body, int advertised) {
        return subscriber -> subscriber.onSubscribe(new Subscription() {
            private final AtomicBoolean done = new AtomicBoolean();

            @Override
            public void request(long n) {
                if (n > 0 && done.compareAndSet(false, true)) {
                    if (body.length > 0) {
                        subscriber.onNext(ByteBuffer.wrap(body));
                    }
                    subscriber.onError(prematureEnd(advertised, body.length));
                }
            }

            @Override
            public void cancel() {
                done.set(true);
            }
        });
    }

    /** The bytes that arrived, then the failure of reading past them. */
    private static final class PrematurelyEndingStream extends InputStream {
        private final byte[] body;
        private final int expected;
        private int position;

        PrematurelyEndingStream(byte[] body, int expected) {
            this.body = body;
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            if (position >= body.length) {
                throw prematureEnd(expected, body.length);
            }
            return body[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= body.length) {
                throw prematureEnd(expected, body.length);
            }
            int count = Math.min(length, body.length - position);
            System.arraycopy(body, position, buffer, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return body.length - position;
        }
    }
}
