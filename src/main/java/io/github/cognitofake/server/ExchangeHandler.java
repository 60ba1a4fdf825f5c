package io.github.cognitofake.server;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.pipeline.AttemptPipeline;
import io.github.cognitofake.internal.pipeline.PendingAttempt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Carries each HTTP exchange through the fake's attempt pipeline, the same one the in-process clients
 * use (journal, strictness, faults, protocol), and writes the answer back, faults included: latency is
 * waited out here, a connection-reset fault closes the connection without an answer, a truncated body
 * is sent short of its Content-Length before the connection is closed, and a malformed body is sent as it is.
 *
 * <p>Throwing an {@link IOException} out of {@link #handle} is how a handler makes the JDK's server close
 * the connection at once, without draining or answering.
 */
final class ExchangeHandler implements HttpHandler {

    private static final String CONTENT_LENGTH = "Content-Length";
    /** What the JDK's server reads and throws away of an unread request body after the answer (its drainAmount). */
    private static final int DRAIN_BYTES = 64 * 1024;

    private final AttemptPipeline attempts;
    private final int maxRequestBytes;

    ExchangeHandler(AttemptPipeline attempts, int maxRequestBytes) {
        this.attempts = attempts;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<byte[]> read = readBody(exchange);
        if (read.isEmpty()) {
            refuseTooLarge(exchange);
            throw new DroppedConnection("request body over " + maxRequestBytes + " bytes");
        }
        byte[] body = read.get();
        if (!RequestWorkers.requestRead()) {
            throw new DroppedConnection("the request was not read in full before the server's read timeout");
        }
        PendingAttempt attempt = attempts.begin(new WireRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                copy(exchange.getRequestHeaders()),
                body,
                exchange.getRequestURI().getRawQuery()));
        waitOut(attempt);
        attempt.complete().carry(new Delivery.Carrier<Void>() {
            @Override
            public Void answer(WireResponse response) throws IOException {
                send(exchange, response, response.body().length);
                return null;
            }

            @Override
            public Void truncated(WireResponse prefix, int advertisedLength) throws IOException {
                send(exchange, prefix, advertisedLength);
                throw new DroppedConnection(
                        "truncated-body fault: " + prefix.body().length + " of " + advertisedLength + " bytes sent");
            }

            @Override
            public Void broken(IOException failure) throws IOException {
                throw new DroppedConnection("a fault broke the connection: " + failure.getMessage());
            }
        });
    }

    /**
     * The body, or empty when it is larger than the limit. A body declared larger than the limit plus what the
     * JDK's server drains after an answer ({@link #DRAIN_BYTES}) is refused before a byte of it is read;
     * otherwise at most the limit and one byte are read, and the server drains the rest. Either way a client
     * that already sent its whole body gets to read the 413, instead of a connection reset by unread data.
     */
    private Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst(CONTENT_LENGTH);
        if (declared != null && Long.parseLong(declared.strip()) > (long) maxRequestBytes + DRAIN_BYTES) {
            return Optional.empty(); // the JDK's server has already refused a Content-Length that is not a number
        }
        byte[] body = exchange.getRequestBody().readNBytes(maxRequestBytes + 1);
        return body.length > maxRequestBytes ? Optional.empty() : Optional.of(body);
    }

    /**
     * 413 with an empty body, as AWS's JSON front end answers an oversized request (seen from DynamoDB), and
     * "Connection: close". The JDK's server sends the answer at once, then reads and throws away at most
     * 64 KiB more of the body (its drainAmount) before the connection is closed; a client that stalls instead
     * is cut off by the read timeout, which is still running.
     */
    @Behaviour(id = "server.too-large-answer", status = UNCONFIRMED)
    private static void refuseTooLarge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(413, -1);
        exchange.getResponseBody().flush();
    }

    private static void waitOut(PendingAttempt attempt) throws IOException {
        Duration delay = attempt.delay();
        if (delay.isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException stopping) {
            // The server is closing: the attempt is given up, as a client would give it up on a timeout.
            Thread.currentThread().interrupt();
            InterruptedIOException gaveUp =
                    new InterruptedIOException("The server stopped during the injected latency");
            attempt.abandon(gaveUp);
            throw gaveUp;
        }
    }

    /** Sends the status, the headers and the body, announcing {@code advertised} bytes (more for a truncation). */
    @Behaviour(id = "server.header-name-case", status = UNCONFIRMED)
    @Behaviour(id = "server.head-request", status = UNCONFIRMED)
    private static void send(HttpExchange exchange, WireResponse response, long advertised) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach((name, value) -> {
            // The JDK's server writes Content-Length (from sendResponseHeaders) and Date itself.
            if (!name.equalsIgnoreCase(CONTENT_LENGTH) && !name.equalsIgnoreCase("Date")) {
                headers.add(name, value);
            }
        });
        byte[] body = response.body();
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        if (advertised == 0 || head) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(response.status(), advertised);
        OutputStream out = exchange.getResponseBody();
        out.write(body);
        out.flush();
        if (body.length == advertised) {
            exchange.close();
        }
    }

    private static Map<String, List<String>> copy(Headers headers) {
        // The JDK's server renames headers (X-amz-target); a case-insensitive map keeps every lookup a hit.
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    /** Makes the JDK's server close the connection without an answer (or with the part already written). */
    static final class DroppedConnection extends IOException {
        private static final long serialVersionUID = 1L;

        DroppedConnection(String why) {
            super(why);
        }
    }
}
