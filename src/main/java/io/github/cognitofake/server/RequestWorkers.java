package io.github.cognitofake.server;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run the JDK server's exchanges, with a deadline on reading each request.
 *
 * <p>The JDK's server reads a request's line, headers and body with blocking reads on the thread that
 * runs the exchange, and has no per-server read timeout. A client that sends half a request and stalls
 * would hold a thread for ever, and enough of them would stop the server. So each exchange gets a
 * deadline: if the request is not read in full by then, its thread is interrupted, which closes the
 * connection's channel (the JDK's channels are interruptible) and frees the thread. Once the handler has
 * read the request it disarms the deadline: latency faults and the answer may take their time.
 */
final class RequestWorkers implements Executor {

    private static final ThreadLocal<ReadDeadline> CURRENT = new ThreadLocal<>();

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService deadlines;
    private final long readTimeoutNanos;
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idle = new Object();

    RequestWorkers(int threads, Duration readTimeout, String name) {
        this.pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads(name + "-worker-"));
        this.pool.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemonThreads(name + "-deadlines-"));
        timer.setRemoveOnCancelPolicy(true);
        this.deadlines = timer;
        this.readTimeoutNanos = readTimeout.toNanos();
    }

    @Override
    public void execute(Runnable exchange) {
        pending.incrementAndGet();
        try {
            pool.execute(() -> run(exchange));
        } catch (RejectedExecutionException stopping) {
            finished();
            throw stopping;
        }
    }

    private void run(Runnable exchange) {
        ReadDeadline deadline = new ReadDeadline(Thread.currentThread());
        ScheduledFuture<?> timer = deadlines.schedule(deadline::expire, readTimeoutNanos, TimeUnit.NANOSECONDS);
        CURRENT.set(deadline);
        try {
            exchange.run();
        } finally {
            CURRENT.remove();
            timer.cancel(false);
            deadline.finish();
            finished();
        }
    }

    /**
     * Called by the handler on the exchange's thread once the request is read in full.
     *
     * @return false when the deadline passed first: the connection is being closed
     */
    static boolean requestRead() {
        ReadDeadline deadline = CURRENT.get();
        return deadline == null || deadline.disarm();
    }

    /** Waits until no exchange is queued or running, at most {@code timeout}; true when that happened. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Interrupts what still runs (latency waits, stalled reads) and lets the threads end. */
    void shutdownNow(Duration timeout) throws InterruptedException {
        pool.shutdownNow();
        deadlines.shutdownNow();
        pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void finished() {
        // Decremented under the monitor awaitIdle waits on, so its check and this notify cannot interleave.
        synchronized (idle) {
            if (pending.decrementAndGet() == 0) {
                idle.notifyAll();
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The read deadline of one exchange. Expiry and disarming are decided under its lock, and the thread
     * clears its interrupt when the exchange ends, so an expiry can never interrupt the next exchange the
     * pool runs on the same thread.
     */
    private static final class ReadDeadline {
        private final Thread thread;
        private boolean reading = true; // guarded by this
        private boolean expired; // guarded by this

        ReadDeadline(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (reading) {
                reading = false;
                expired = true;
                thread.interrupt();
            }
        }

        synchronized boolean disarm() {
            reading = false;
            return !expired;
        }

        synchronized void finish() {
            reading = false;
            Thread.interrupted();
        }
    }
}
