package io.github.cognitofake.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The server's HTTP/1.1 front end, on the JDK only: one thread with a {@link Selector} accepts connections
 * and reads requests without blocking, buffering each until it is complete (request line, headers, a body of
 * its Content-Length or in chunks), and only then hands it to a {@link RequestWorkers} thread, which runs it
 * through the fake; the answer comes back to this thread to be written. So a client that sends slowly, or
 * stalls, or never sends at all, holds nothing but its connection, and each connection has deadlines:
 *
 * <ul>
 *   <li>a new connection must start a request within the header timeout, and a kept-alive one within the
 *       idle timeout, or it is closed without an answer;
 *   <li>the request line and headers must arrive within the header timeout of the request's first byte,
 *       and the whole request within the request read timeout, or the client gets a 408 and the connection
 *       is closed;
 *   <li>an answer the client does not read within the request read timeout closes the connection.
 * </ul>
 *
 * <p>A connection over the cap is answered 503 and closed. Every refusal is JSON in the service's error
 * shape ({@link HttpRefusal}), but for the 413 of an oversized body, which has AWS's empty body. After a
 * refusal the server stops sending (FIN) and reads and throws away what the client still sends for a moment
 * (a lingering close), so a client that sent its whole request reads the refusal instead of a reset.
 *
 * <p>Everything but {@link #stopAccepting}, {@link #awaitIdle} and {@link #shutdown} runs on the front
 * end's own thread; the workers reach it through {@link #tasks}.
 */
final class HttpFrontEnd {

    /** The limits and deadlines of the front end. */
    record Settings(
            RequestReader.Limits limits,
            Duration headerTimeout,
            Duration requestTimeout,
            Duration idleTimeout,
            int maxConnections,
            long bufferBudget) {

        /** The budget of body bytes held at once by default: half the heap, or one largest request. */
        static long defaultBufferBudget(int maxRequestBytes) {
            return Math.max(maxRequestBytes, Runtime.getRuntime().maxMemory() / 2);
        }
    }

    private enum Phase {
        /** Waiting for or reading a request. */
        READING,
        /** A worker has the request. */
        PROCESSING,
        /** Writing the answer. */
        WRITING,
        /** Refused: the answer is sent, the output shut down; what the client still sends is thrown away. */
        DRAINING
    }

    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final int ACCEPTS_PER_WAKEUP = 64;
    /** How many refused connections may still be answered at once; beyond, they are closed at once. */
    private static final int MAX_REFUSING = 64;

    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long DRAIN_BYTES = 1024 * 1024;
    private static final long ACCEPT_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long MAX_SELECT_MILLIS = 1000;

    private final Settings settings;
    private final long headerNanos;
    private final long requestNanos;
    private final long idleNanos;
    private final ExchangeHandler handler;
    private final RequestWorkers workers;
    private final Selector selector;
    private final ServerSocketChannel listener;
    private final SelectionKey listenerKey;
    private final InetSocketAddress address;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Object idle = new Object();
    private int inFlight; // guarded by idle

    // Owned by the front end's thread.
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    private final Set<Connection> connections = new HashSet<>();
    private int serving;
    private int refusing;
    private boolean running = true;
    private boolean stopping;
    private boolean anyDeadline;
    private long earliestDeadline;
    private long acceptPausedUntil;
    private boolean acceptPaused;
    private final long bufferBudget;
    private long buffered;

    HttpFrontEnd(
            InetSocketAddress requested,
            int backlog,
            Settings settings,
            ExchangeHandler handler,
            RequestWorkers workers,
            String name)
            throws IOException {
        this.settings = settings;
        this.requestNanos = settings.requestTimeout().toNanos();
        this.headerNanos = Math.min(settings.headerTimeout().toNanos(), requestNanos);
        this.idleNanos = settings.idleTimeout().toNanos();
        this.handler = handler;
        this.workers = workers;
        this.bufferBudget = settings.bufferBudget();
        this.selector = Selector.open();
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open();
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(requested, backlog);
            channel.configureBlocking(false);
            this.listenerKey = channel.register(selector, SelectionKey.OP_ACCEPT);
            this.address = (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException | RuntimeException cannotListen) {
            closeQuietly(channel);
            selector.close();
            throw cannotListen;
        }
        this.listener = channel;
        this.thread = new Thread(this::loop, name + "-io");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** {@return the address listened on, with the port the system chose} */
    InetSocketAddress address() {
        return address;
    }

    /**
     * Stops listening (the port is free when this returns) and closes every connection that has no request
     * with a worker or an answer being written; those finish, then close.
     */
    void stopAccepting() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        submit(() -> {
            stopping = true;
            closeQuietly(listener);
            try {
                selector.selectNow(); // deregisters the listener, which really closes its socket
            } catch (IOException ignored) {
                // the loop ends on a broken selector anyway
            }
            for (Connection connection : new ArrayList<>(connections)) {
                if (!connection.inFlight) {
                    close(connection);
                }
            }
            done.countDown();
        });
        if (!done.await(5, TimeUnit.SECONDS)) {
            closeQuietly(listener); // the loop is gone: close what it would have closed
        }
    }

    /** Waits until no request is with a worker or being answered, at most {@code timeout}. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inFlight > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Closes every connection and ends the front end's thread. */
    void shutdown(Duration timeout) throws InterruptedException {
        submit(() -> running = false);
        thread.join(Math.max(1, timeout.toMillis()));
    }

    private void submit(Runnable task) {
        tasks.add(task);
        if (selector.isOpen()) {
            selector.wakeup();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The front end's thread

    private void loop() {
        try {
            while (running) {
                selector.select(selectTimeoutMillis());
                runTasks();
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    handle(key);
                }
                long now = System.nanoTime();
                if (anyDeadline && now - earliestDeadline >= 0) {
                    expireDeadlines(now);
                }
                if (acceptPaused && now - acceptPausedUntil >= 0) {
                    acceptPaused = false;
                    if (listenerKey.isValid()) {
                        listenerKey.interestOps(SelectionKey.OP_ACCEPT);
                    }
                }
            }
        } catch (IOException | RuntimeException broken) {
            // The selector itself failed: nothing can be served any more; close everything below.
        } finally {
            for (Connection connection : new ArrayList<>(connections)) {
                close(connection);
            }
            closeQuietly(listener);
            closeQuietly(selector);
            runTasks(); // releases a stopAccepting that came too late
        }
    }

    private long selectTimeoutMillis() {
        long millis = MAX_SELECT_MILLIS;
        long now = System.nanoTime();
        if (anyDeadline) {
            millis = Math.min(millis, TimeUnit.NANOSECONDS.toMillis(earliestDeadline - now) + 1);
        }
        if (acceptPaused) {
            millis = Math.min(millis, TimeUnit.NANOSECONDS.toMillis(acceptPausedUntil - now) + 1);
        }
        return Math.max(1, millis);
    }

    private void runTasks() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            task.run();
        }
    }

    private void handle(SelectionKey key) {
        if (key == listenerKey) {
            if (key.isValid()) {
                accept();
            }
            return;
        }
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isReadable()) {
                read(connection);
            }
            if (key.isValid() && key.isWritable()) {
                flush(connection);
            }
        } catch (IOException | CancelledKeyException gone) {
            close(connection);
        } catch (RuntimeException bug) {
            close(connection); // one connection's trouble never stops the front end
        }
    }

    private void accept() {
        for (int i = 0; i < ACCEPTS_PER_WAKEUP; i++) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException cannotAccept) {
                // Out of file descriptors, most likely: stop accepting for a moment instead of spinning.
                acceptPaused = true;
                acceptPausedUntil = System.nanoTime() + ACCEPT_PAUSE_NANOS;
                listenerKey.interestOps(0);
                return;
            }
            if (channel == null) {
                return;
            }
            boolean over = serving >= settings.maxConnections();
            if (over && refusing >= MAX_REFUSING) {
                closeQuietly(channel);
                continue;
            }
            Connection connection = new Connection(channel, new RequestReader(settings.limits()), over);
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                connection.key = channel.register(selector, over ? 0 : SelectionKey.OP_READ, connection);
            } catch (IOException | RuntimeException broken) {
                closeQuietly(channel);
                continue;
            }
            connections.add(connection);
            if (over) {
                refusing++;
                refuse(
                        connection,
                        HttpRefusal.of(
                                503,
                                HttpRefusal.TOO_MANY_CONNECTIONS,
                                "The server has " + settings.maxConnections()
                                        + " connections open, its limit; try again once one has closed."));
            } else {
                serving++;
                setDeadline(connection, System.nanoTime() + headerNanos);
            }
        }
    }

    private void read(Connection connection) throws IOException {
        readBuffer.clear();
        int read = connection.channel.read(readBuffer);
        if (read < 0) {
            close(connection); // the client hung up: between requests, or in the middle of one
            return;
        }
        if (read == 0) {
            return;
        }
        readBuffer.flip();
        if (connection.phase == Phase.DRAINING) {
            connection.drained += read;
            if (connection.drained > DRAIN_BYTES) {
                close(connection);
            }
        } else if (connection.phase == Phase.READING) {
            consume(connection, readBuffer);
        }
    }

    private void consume(Connection connection, ByteBuffer bytes) throws IOException {
        RequestReader reader = connection.reader;
        boolean wasStarted = reader.started();
        boolean hadHead = reader.headComplete();
        boolean complete;
        try {
            complete = reader.feed(bytes);
        } catch (HttpRefusal refusal) {
            refuse(connection, refusal);
            return;
        }
        if (!account(connection)) {
            return;
        }
        long now = System.nanoTime();
        if (!wasStarted && reader.started()) {
            connection.requestStart = now;
            setDeadline(connection, now + headerNanos);
        }
        if (!hadHead && reader.headComplete()) {
            setDeadline(connection, connection.requestStart + requestNanos);
        }
        if (complete) {
            connection.leftover = bytes.hasRemaining() ? copyOf(bytes) : null;
            dispatch(connection);
        } else if (reader.awaitsContinue() && !connection.continueSent) {
            connection.continueSent = true;
            connection.out.add(Answer.continueInterim());
            flush(connection);
        }
    }

    /**
     * Counts the body bytes the connection holds against the budget of all connections (half the heap, or one
     * largest request): a request that would go over is answered 503 instead of running the JVM out of memory.
     */
    private boolean account(Connection connection) {
        long held = connection.reader.bufferedBytes();
        buffered += held - connection.accounted;
        connection.accounted = held;
        if (buffered <= bufferBudget) {
            return true;
        }
        refuse(
                connection,
                HttpRefusal.of(
                        503,
                        HttpRefusal.TOO_BUSY,
                        "The server holds " + bufferBudget + " bytes of request bodies, its limit; try again once "
                                + "the requests in progress are answered."));
        return false;
    }

    private void release(Connection connection) {
        buffered -= connection.accounted;
        connection.accounted = 0;
    }

    private void dispatch(Connection connection) {
        connection.phase = Phase.PROCESSING;
        connection.hasDeadline = false;
        interest(connection, connection.out.isEmpty() ? 0 : SelectionKey.OP_WRITE);
        ParsedRequest request = connection.reader.request();
        connection.inFlight = true;
        synchronized (idle) {
            inFlight++;
        }
        try {
            workers.execute(() -> {
                Answer answer = Answer.drop();
                try {
                    answer = handler.handle(request);
                } finally {
                    Answer done = answer;
                    submit(() -> deliver(connection, done));
                }
            });
        } catch (RejectedExecutionException stopping) {
            close(connection);
        }
    }

    private void deliver(Connection connection, Answer answer) {
        if (connection.closed) {
            return;
        }
        if (!answer.bytes().hasRemaining() && answer.after() == Answer.After.CUT) {
            close(connection); // a connection-reset fault: no answer at all
            return;
        }
        connection.phase = Phase.WRITING;
        connection.after = answer.after();
        connection.out.add(answer.bytes());
        setDeadline(connection, System.nanoTime() + requestNanos);
        try {
            flush(connection);
        } catch (IOException gone) {
            close(connection);
        }
    }

    private void refuse(Connection connection, HttpRefusal refusal) {
        release(connection);
        connection.reader.reset(); // what it read is never used: let the memory go
        connection.phase = Phase.WRITING;
        connection.after = Answer.After.CLOSE;
        connection.out.add(Answer.refusal(refusal).bytes());
        interest(connection, 0);
        setDeadline(connection, System.nanoTime() + requestNanos);
        try {
            flush(connection);
        } catch (IOException gone) {
            close(connection);
        }
    }

    private void flush(Connection connection) throws IOException {
        while (!connection.out.isEmpty()) {
            ByteBuffer next = connection.out.peek();
            connection.channel.write(next);
            if (next.hasRemaining()) {
                interest(connection, interestOps(connection) | SelectionKey.OP_WRITE);
                return;
            }
            connection.out.poll();
        }
        if (connection.closed) {
            return;
        }
        interest(connection, interestOps(connection) & ~SelectionKey.OP_WRITE);
        if (connection.phase == Phase.WRITING) {
            written(connection);
        }
    }

    private void written(Connection connection) throws IOException {
        Answer.After after = connection.after;
        finishInFlight(connection);
        switch (after) {
            case KEEP_ALIVE -> {
                if (stopping) {
                    close(connection);
                } else {
                    nextRequest(connection);
                }
            }
            case CLOSE -> linger(connection);
            case CUT -> close(connection);
        }
    }

    private void nextRequest(Connection connection) throws IOException {
        release(connection);
        connection.reader.reset();
        connection.continueSent = false;
        connection.phase = Phase.READING;
        setDeadline(connection, System.nanoTime() + idleNanos);
        interest(connection, SelectionKey.OP_READ);
        ByteBuffer pipelined = connection.leftover;
        connection.leftover = null;
        if (pipelined != null && pipelined.hasRemaining()) {
            consume(connection, pipelined);
        }
    }

    private void linger(Connection connection) {
        try {
            connection.channel.shutdownOutput();
        } catch (IOException gone) {
            close(connection);
            return;
        }
        connection.phase = Phase.DRAINING;
        interest(connection, SelectionKey.OP_READ);
        setDeadline(connection, System.nanoTime() + Math.min(DRAIN_NANOS, requestNanos));
    }

    private void expireDeadlines(long now) {
        anyDeadline = false;
        for (Connection connection : new ArrayList<>(connections)) {
            if (!connection.hasDeadline || connection.closed) {
                continue;
            }
            if (now - connection.deadline < 0) {
                noteDeadline(connection.deadline);
                continue;
            }
            connection.hasDeadline = false;
            if (connection.phase == Phase.READING && connection.reader.started()) {
                refuse(connection, timeout(connection.reader.headComplete()));
            } else {
                close(connection); // idle, an answer the client does not read, or the end of a lingering close
            }
        }
    }

    private HttpRefusal timeout(boolean headRead) {
        String message = headRead
                ? "The request body was not received in full within " + describe(settings.requestTimeout())
                        + " of the request's first byte (the server's request read timeout)."
                : "The request line and headers were not received within "
                        + describe(Duration.ofNanos(headerNanos))
                        + " of the request's first byte (the server's header timeout).";
        return HttpRefusal.of(408, HttpRefusal.TIMEOUT, message);
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private void setDeadline(Connection connection, long deadline) {
        connection.deadline = deadline;
        connection.hasDeadline = true;
        noteDeadline(deadline);
    }

    private void noteDeadline(long deadline) {
        if (!anyDeadline || deadline - earliestDeadline < 0) {
            earliestDeadline = deadline;
            anyDeadline = true;
        }
    }

    private void interest(Connection connection, int ops) {
        if (!connection.closed && connection.key.isValid()) {
            connection.key.interestOps(ops);
        }
    }

    private static int interestOps(Connection connection) {
        return connection.key.isValid() ? connection.key.interestOps() : 0;
    }

    private void finishInFlight(Connection connection) {
        if (connection.inFlight) {
            connection.inFlight = false;
            synchronized (idle) {
                if (--inFlight == 0) {
                    idle.notifyAll();
                }
            }
        }
    }

    private void close(Connection connection) {
        if (connection.closed) {
            return;
        }
        connection.closed = true;
        connection.hasDeadline = false;
        if (connection.key != null) {
            connection.key.cancel();
        }
        closeQuietly(connection.channel);
        release(connection);
        connections.remove(connection);
        if (connection.refused) {
            refusing--;
        } else {
            serving--;
        }
        finishInFlight(connection);
    }

    private static ByteBuffer copyOf(ByteBuffer bytes) {
        ByteBuffer copy = ByteBuffer.allocate(bytes.remaining());
        copy.put(bytes).flip();
        return copy;
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing: nothing more to do with it
        }
    }

    /** One client connection; touched by the front end's thread only. */
    private static final class Connection {
        final SocketChannel channel;
        final RequestReader reader;
        final boolean refused;
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>(2);
        SelectionKey key;
        Phase phase = Phase.READING;
        Answer.After after = Answer.After.CLOSE;
        ByteBuffer leftover;
        long requestStart;
        long deadline;
        boolean hasDeadline;
        boolean continueSent;
        boolean inFlight;
        boolean closed;
        long drained;
        long accounted;

        Connection(SocketChannel channel, RequestReader reader, boolean refused) {
            this.channel = channel;
            this.reader = reader;
            this.refused = refused;
        }
    }
}
