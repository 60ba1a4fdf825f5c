package io.github.cognitofake.internal.transport;

import io.github.cognitofake.internal.http.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncRequestBody;

/**
 * A body shorter than its Content-Length, delivered as a real HTTP client would deliver it: the bytes
 * that arrived, then an {@link IOException} with Apache HttpClient's wording.
 */
final class TruncatedBody {

    private static final String CONTENT_LENGTH = "Content-Length";

    private TruncatedBody() {}

    /** The Content-Length the answer advertises, when it is more than the bytes it has. */
    static OptionalInt missingBytes(WireResponse response) {
        String advertised = response.headers().get(CONTENT_LENGTH);
        if (advertised == null) {
            return OptionalInt.empty();
        }
        int length = Integer.parseInt(advertised);
        return length > response.body().length ? OptionalInt.of(length) : OptionalInt.empty();
    }

    static IOException prematureEnd(int expected, int received) {
        return new IOException("Premature end of Content-Length delimited message body (expected: " + expected
                + "; received: " + received + ")");
    }

    /** The body as a stream for the synchronous client. */
    static InputStream stream(WireResponse response) {
        OptionalInt advertised = missingBytes(response);
        return advertised.isEmpty()
                ? new ByteArrayInputStream(response.body())
                : new PrematurelyEndingStream(response.body(), advertised.getAsInt());
    }

    /** The body as a publisher for the asynchronous client. */
    static Publisher<ByteBuffer> publisher(WireResponse response) {
        OptionalInt advertised = missingBytes(response);
        byte[] body = response.body();
        if (advertised.isEmpty()) {
            return AsyncRequestBody.fromBytes(body);
        }
        return subscriber -> subscriber.onSubscribe(new Subscription() {
            private final AtomicBoolean done = new AtomicBoolean();

            @Override
            public void request(long n) {
                if (n > 0 && done.compareAndSet(false, true)) {
                    if (body.length > 0) {
                        subscriber.onNext(ByteBuffer.wrap(body));
                    }
                    subscriber.onError(prematureEnd(advertised.getAsInt(), body.length));
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
