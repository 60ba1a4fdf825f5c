package io.github.cognitofake.server;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run requests through the fake once the front end has read them in full. A worker never
 * reads from a socket, so a slow or stalled client cannot hold one; only a latency fault holds its worker,
 * for its delay. The queue is bounded by the front end: each connection has at most one request here.
 */
final class RequestWorkers {

    private final ThreadPoolExecutor pool;

    RequestWorkers(int threads, String name) {
        this.pool = new ThreadPoolExecutor(
                threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads(name + "-worker-"));
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** @throws java.util.concurrent.RejectedExecutionException once the workers are shut down */
    void execute(Runnable request) {
        pool.execute(request);
    }

    /** Interrupts what still runs (latency waits) and lets the threads end. */
    void shutdownNow(Duration timeout) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
