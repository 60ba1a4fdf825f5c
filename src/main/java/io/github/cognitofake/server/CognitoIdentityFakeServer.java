package io.github.cognitofake.server;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.fidelity.Behaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves a {@link CognitoIdentityFake} over HTTP, so that any client can use it: the AWS CLI
 * ({@code --endpoint-url}), boto3, the JavaScript SDK, the Java SDK with a real HTTP client, or a test
 * in another language. It is the same fake: requests over HTTP pass the same journal, strictness, fault
 * plan and protocol as the fake's in-process clients, so a test can seed the fake, inject faults and
 * read its journal while the code under test talks HTTP.
 *
 * <pre>{@code
 * try (CognitoIdentityFake fake = CognitoIdentityFake.create();
 *         CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake)) {
 *     URI endpoint = server.endpoint(); // http://127.0.0.1:<a free port>
 * }
 * }</pre>
 *
 * <p>Plain HTTP/1.1 with keep-alive, on the JDK only: one thread reads every connection without blocking
 * and hands each complete request to a pool of threads that answer them concurrently, so slow or stalled
 * clients cannot hold those threads. Every connection has deadlines, their number a cap, requests limits
 * on their headers and size; what the server refuses it answers with JSON in the service's error shape. It
 * listens on 127.0.0.1 unless told otherwise. Closing the server does not close the fake. See
 * docs/server.md.
 */
public final class CognitoIdentityFakeServer implements AutoCloseable {

    /**
     * The largest request body served (128 MiB); a larger one is answered 413 without being read. The real
     * service's limit is not documented; this one is above the largest request the service model bounds
     * (its lists and maps at their most entries, its strings at their longest in the costliest JSON
     * encoding: about 108 MB, SetIdentityPoolRoles), so no such request is refused for its size. The few
     * lists the model leaves unbounded (tags, providers of a pool) are bounded by this limit.
     */
    @Behaviour(id = "server.max-request-bytes", status = UNCONFIRMED)
    public static final int DEFAULT_MAX_REQUEST_BYTES = 128 * 1024 * 1024;

    /** How long a client may take to send a whole request, from its first byte, before it gets a 408. */
    public static final Duration DEFAULT_REQUEST_READ_TIMEOUT = Duration.ofSeconds(30);

    /** How long a client may take to send a request's line and headers, from its first byte. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);

    /** How long a kept-alive connection may wait for its next request before it is closed. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** The threads that answer requests at once; more wait in line. */
    public static final int DEFAULT_THREADS = 64;

    /** The connections open at once; one more is answered 503 and closed. */
    public static final int DEFAULT_MAX_CONNECTIONS = 512;

    /** The largest request line and headers, in bytes; larger ones are answered 431 (414 for the line alone). */
    public static final int DEFAULT_MAX_HEADER_BYTES = 64 * 1024;

    /** The most header fields of one request; more are answered 431. */
    public static final int DEFAULT_MAX_HEADERS = 100;

    /** How long {@link #close()} lets requests in progress finish before it cuts them off. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private static final int BACKLOG = 1024;
    private static final int LARGEST_MAX_REQUEST_BYTES = 1 << 30;

    private final CognitoIdentityFake fake;
    private final HttpFrontEnd front;
    private final RequestWorkers workers;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CognitoIdentityFakeServer(Builder builder) {
        this.fake = builder.fake;
        InetSocketAddress requested = new InetSocketAddress(builder.address(), builder.port);
        String name = "cognito-identity-fake-server";
        this.workers = new RequestWorkers(builder.threads, name);
        HttpFrontEnd.Settings settings = new HttpFrontEnd.Settings(
                new RequestReader.Limits(builder.maxHeaderBytes, builder.maxHeaders, builder.maxRequestBytes),
                builder.headerTimeout,
                builder.requestReadTimeout,
                builder.idleTimeout,
                builder.maxConnections,
                builder.bufferBudget > 0
                        ? builder.bufferBudget
                        : HttpFrontEnd.Settings.defaultBufferBudget(builder.maxRequestBytes));
        try {
            this.front = new HttpFrontEnd(
                    requested,
                    BACKLOG,
                    settings,
                    new ExchangeHandler(EngineAccess.of(fake).attempts()),
                    workers,
                    name);
        } catch (IOException cannotListen) {
            shutDownQuietly(workers);
            throw new UncheckedIOException(
                    "Cannot listen on " + describe(requested) + ": " + cannotListen.getMessage()
                            + (builder.port == 0 ? "" : "; choose another port, or port 0 for any free one"),
                    cannotListen);
        }
        front.start();
        this.endpoint = endpointOf(front.address());
    }

    /**
     * Serves the fake on 127.0.0.1 on a free port, with the default limits; {@link #builder} chooses others.
     *
     * @param fake the fake to serve; it must be open, and it stays open when the server closes
     * @return the running server; {@link #endpoint()} tells clients where it is
     * @throws IllegalStateException if the fake is closed
     * @throws UncheckedIOException if the server cannot listen
     */
    public static CognitoIdentityFakeServer serve(CognitoIdentityFake fake) {
        return builder(fake).start();
    }

    /**
     * Starts the settings of a server for this fake: address, port and limits.
     *
     * @param fake the fake to serve
     * @return a builder with the defaults of {@link #serve}
     */
    public static Builder builder(CognitoIdentityFake fake) {
        Objects.requireNonNull(fake, "fake");
        return new Builder(fake);
    }

    /**
     * The URI clients use, such as {@code http://127.0.0.1:49152}: the address listened on, or the
     * loopback address when listening on all addresses ({@code 0.0.0.0}, {@code ::}).
     *
     * @return the endpoint to give clients, such as the AWS CLI's {@code --endpoint-url}
     */
    public URI endpoint() {
        return endpoint;
    }

    /** {@return the port listened on; the one chosen by the system when the server was asked for port 0} */
    public int port() {
        return front.address().getPort();
    }

    /** {@return the fake this server serves} */
    public CognitoIdentityFake fake() {
        return fake;
    }

    /** {@return whether {@link #close()} was called} */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Stops listening: lets requests in progress finish (up to a few seconds), closes every connection
     * and ends the server's threads. The fake stays open. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        boolean interrupted = false;
        try {
            front.stopAccepting();
            front.awaitIdle(SHUTDOWN_GRACE);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        try {
            front.shutdown(SHUTDOWN_GRACE);
            workers.shutdownNow(SHUTDOWN_GRACE);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "CognitoIdentityFakeServer[" + endpoint + (closed.get() ? ", closed" : "") + "]";
    }

    private static URI endpointOf(InetSocketAddress bound) {
        InetAddress address =
                bound.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound.getAddress();
        return URI.create("http://" + hostOf(address) + ":" + bound.getPort());
    }

    private static String hostOf(InetAddress address) {
        String literal = address.getHostAddress();
        int scope = literal.indexOf('%');
        if (scope >= 0) {
            literal = literal.substring(0, scope);
        }
        return address instanceof Inet6Address ? "[" + literal + "]" : literal;
    }

    private static String describe(InetSocketAddress address) {
        return hostOf(address.getAddress()) + ":" + address.getPort();
    }

    private static void shutDownQuietly(RequestWorkers workers) {
        try {
            workers.shutdownNow(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings of a {@link CognitoIdentityFakeServer}; {@link #start()} starts it. */
    public static final class Builder {

        private final CognitoIdentityFake fake;
        private String host = "127.0.0.1";
        private int port;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration requestReadTimeout = DEFAULT_REQUEST_READ_TIMEOUT;
        private int threads = DEFAULT_THREADS;
        private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
        private int maxHeaders = DEFAULT_MAX_HEADERS;
        private long bufferBudget; // 0: the default, half the heap

        private Builder(CognitoIdentityFake fake) {
            this.fake = fake;
        }

        /**
         * The address to listen on (default {@code 127.0.0.1}): a host name or an IP literal, such as
         * {@code ::1}, or {@code 0.0.0.0} for every address of the machine. Anything but loopback lets other
         * machines reach a fake that accepts any credentials: choose it knowingly.
         *
         * @param host the host name or IP address to listen on; resolved when the server starts
         * @return this builder
         * @throws IllegalArgumentException if the host is blank
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("The host must not be empty; use \"127.0.0.1\" for loopback.");
            }
            this.host = host.strip();
            return this;
        }

        /**
         * The port to listen on, 0 (the default) for any free one; see {@link CognitoIdentityFakeServer#port()}.
         *
         * @param port 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if the port is out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("A port is 0 to 65535 (0: any free port); got " + port + ".");
            }
            this.port = port;
            return this;
        }

        /**
         * The largest request body served (default 128 MiB, above the largest request the service model
         * allows); a larger one is answered 413 without being read. The limit applies first, before the
         * fake validates the request against the model and then applies the service's quotas.
         *
         * @param maxRequestBytes the limit in bytes, from 1 to 1 GiB
         * @return this builder
         * @throws IllegalArgumentException if the limit is out of range
         */
        public Builder maxRequestBytes(int maxRequestBytes) {
            if (maxRequestBytes < 1 || maxRequestBytes > LARGEST_MAX_REQUEST_BYTES) {
                throw new IllegalArgumentException("maxRequestBytes must be from 1 to " + LARGEST_MAX_REQUEST_BYTES
                        + " (1 GiB); got " + maxRequestBytes + ".");
            }
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * How long a client may take to send one whole request, line, headers and body, from its first byte
         * (default 30 s). A client that takes longer is answered 408 and its connection is closed; it never
         * holds a thread meanwhile, since requests are read without one. Idle keep-alive connections are not
         * affected ({@link #idleTimeout}). It also bounds how long a client may take to read an answer.
         *
         * @param timeout the time allowed for one request, positive
         * @return this builder
         * @throws IllegalArgumentException if the timeout is zero or negative
         */
        public Builder requestReadTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The request read timeout must be positive; got " + timeout + ".");
            }
            this.requestReadTimeout = timeout;
            return this;
        }

        /**
         * How long a client may take to send a request's line and headers, from its first byte (default 10 s,
         * and never more than {@link #requestReadTimeout}); a new connection must also send its first byte
         * within it. A client that takes longer is answered 408 (a connection that sent nothing is closed).
         *
         * @param timeout the time allowed, positive
         * @return this builder
         * @throws IllegalArgumentException if the timeout is zero or negative
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = positive(timeout, "header timeout");
            return this;
        }

        /**
         * How long a kept-alive connection may wait for its next request (default 30 s) before the server
         * closes it, without an answer.
         *
         * @param timeout the time allowed, positive
         * @return this builder
         * @throws IllegalArgumentException if the timeout is zero or negative
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idle timeout");
            return this;
        }

        /**
         * How many connections may be open at once (default {@value CognitoIdentityFakeServer#DEFAULT_MAX_CONNECTIONS});
         * one more is answered 503 ({@code CognitoIdentityFakeTooManyConnectionsException}) and closed.
         *
         * @param maxConnections at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxConnections} is less than 1
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be positive; got " + maxConnections + ".");
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * The largest request line and headers, in bytes (default 64 KiB); larger ones are answered 431
         * ({@code CognitoIdentityFakeRequestHeadersTooLargeException}), or 414 when the request line alone is.
         *
         * @param maxHeaderBytes from 256 to 1 MiB
         * @return this builder
         * @throws IllegalArgumentException if the limit is out of range
         */
        public Builder maxHeaderBytes(int maxHeaderBytes) {
            if (maxHeaderBytes < 256 || maxHeaderBytes > 1024 * 1024) {
                throw new IllegalArgumentException(
                        "maxHeaderBytes must be from 256 to 1048576 (1 MiB); got " + maxHeaderBytes + ".");
            }
            this.maxHeaderBytes = maxHeaderBytes;
            return this;
        }

        /**
         * The most header fields of one request (default {@value CognitoIdentityFakeServer#DEFAULT_MAX_HEADERS});
         * more are answered 431 ({@code CognitoIdentityFakeRequestHeadersTooLargeException}).
         *
         * @param maxHeaders from 1 to 10,000
         * @return this builder
         * @throws IllegalArgumentException if the limit is out of range
         */
        public Builder maxHeaders(int maxHeaders) {
            if (maxHeaders < 1 || maxHeaders > 10_000) {
                throw new IllegalArgumentException("maxHeaders must be from 1 to 10000; got " + maxHeaders + ".");
            }
            this.maxHeaders = maxHeaders;
            return this;
        }

        /** For tests: the request body bytes all connections may hold at once (default: half the heap). */
        Builder bufferBudget(long bytes) {
            this.bufferBudget = bytes;
            return this;
        }

        private static Duration positive(Duration timeout, String what) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The " + what + " must be positive; got " + timeout + ".");
            }
            return timeout;
        }

        /**
         * How many requests are answered at once (default {@value CognitoIdentityFakeServer#DEFAULT_THREADS});
         * more wait in line. A request held by a latency fault holds its thread for the delay; a client that
         * is slow to send or read holds none.
         *
         * @param threads the number of threads that answer requests, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive; got " + threads + ".");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Starts listening and answering.
         *
         * @return the running server; close it to stop listening
         * @throws IllegalStateException if the fake is closed
         * @throws UncheckedIOException if the address cannot be listened on (port in use, unknown host)
         */
        public CognitoIdentityFakeServer start() {
            if (fake.isClosed()) {
                throw new IllegalStateException("The CognitoIdentityFake is closed; serve an open one.");
            }
            return new CognitoIdentityFakeServer(this);
        }

        private InetAddress address() {
            try {
                return InetAddress.getByName(host);
            } catch (UnknownHostException unknown) {
                throw new UncheckedIOException("Cannot listen on " + host + ": unknown host", unknown);
            }
        }
    }
}
