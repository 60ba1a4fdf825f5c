package io.github.cognitofake.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on real threads released at the same moment, for the tests that race calls against each
 * other. A task's failure fails the test with that failure (an assertion error stays one), and no thread
 * outlives the call.
 */
public final class Together {

    private Together() {}

    /** One task of a race: what thread number {@code thread} does and finds. */
    @FunctionalInterface
    public interface Task<T> {
        List<T> run(int thread) throws Exception;
    }

    /** Runs {@code task} on {@code threads} threads at once and joins what they found, in thread order. */
    public static <T> List<T> runTogether(int threads, Task<T> task) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(executor.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return task.run(thread);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                results.addAll(joined(future));
            }
            return results;
        } finally {
            executor.shutdownNow();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS))
                    .as("racing threads stopped")
                    .isTrue();
        }
    }

    /** Runs each of {@code tasks} on its own thread, all released at once. */
    public static void runTogether(List<Callable<Void>> tasks) throws Exception {
        runTogether(tasks.size(), thread -> {
            tasks.get(thread).call();
            return List.of();
        });
    }

    private static <T> T joined(Future<T> future) throws Exception {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }
}
