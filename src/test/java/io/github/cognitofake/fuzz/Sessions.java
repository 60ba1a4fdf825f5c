package io.github.cognitofake.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated sessions of requests: {@code tries} sessions, each drawn from its own
 * {@link Random} seeded {@code seed + try}, so any one of them can be run again alone. A failing session is shrunk
 * (calls removed one at a time for as long as it still fails; the world is seeded the same way every time, so a
 * shorter session replays exactly) and reported with the seed that makes it again.
 *
 * <p>System properties: {@code -Dfuzz.tries=N} runs N tries of every property (a property whose tries cost more
 * divides N by its share), {@code -Dfuzz.seed=S} starts from another seed.
 */
final class Sessions {

    private static final int SHRINK_RUNS = 300;

    private Sessions() {}

    /** The tries of a property: {@code fuzz.tries} divided by its share, or its own number in CI. */
    static int tries(int inCi, int share) {
        Integer tries = Integer.getInteger("fuzz.tries");
        return tries == null ? inCi : Math.max(1, tries / share);
    }

    static long seed(long inCi) {
        return Long.getLong("fuzz.seed", inCi);
    }

    /**
     * @param session makes one session from a try's random numbers
     * @param property runs one session, throwing an {@link AssertionError} when an answer is wrong
     */
    static void check(
            String name,
            long seed,
            int tries,
            Function<Random, List<FuzzCall>> session,
            Consumer<List<FuzzCall>> property) {
        for (int t = 0; t < tries; t++) {
            long trySeed = seed + t;
            List<FuzzCall> calls = session.apply(new Random(trySeed));
            AssertionError failure = failure(property, calls);
            if (failure != null) {
                List<FuzzCall> smallest = shrink(property, calls);
                AssertionError smallestFailure = failure(property, smallest);
                StringBuilder report = new StringBuilder()
                        .append(name)
                        .append(": try ")
                        .append(t)
                        .append(" failed; run it alone with -Dfuzz.seed=")
                        .append(trySeed)
                        .append(" -Dfuzz.tries=1. Shrunk from ")
                        .append(calls.size())
                        .append(" to ")
                        .append(smallest.size())
                        .append(" calls:");
                for (FuzzCall call : smallest) {
                    report.append("\n  ").append(call);
                }
                report.append("\n").append(smallestFailure.getMessage());
                throw new AssertionError(report.toString(), failure);
            }
        }
    }

    private static AssertionError failure(Consumer<List<FuzzCall>> property, List<FuzzCall> calls) {
        try {
            property.accept(calls);
            return null;
        } catch (AssertionError wrong) {
            return wrong;
        }
    }

    private static List<FuzzCall> shrink(Consumer<List<FuzzCall>> property, List<FuzzCall> calls) {
        List<FuzzCall> smallest = new ArrayList<>(calls);
        int runs = 0;
        boolean removed = true;
        while (removed && runs < SHRINK_RUNS) {
            removed = false;
            for (int i = smallest.size() - 1; i >= 0 && runs < SHRINK_RUNS; i--) {
                List<FuzzCall> shorter = new ArrayList<>(smallest);
                shorter.remove(i);
                runs++;
                if (!shorter.isEmpty() && failure(property, shorter) != null) {
                    smallest = shorter;
                    removed = true;
                }
            }
        }
        return smallest;
    }

    /** A session of 1 to {@code maxCalls} calls, each made by {@code call}. */
    static Function<Random, List<FuzzCall>> of(int maxCalls, Function<Random, FuzzCall> call) {
        return random -> {
            int size = 1 + random.nextInt(maxCalls);
            List<FuzzCall> calls = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                calls.add(call.apply(random));
            }
            return calls;
        };
    }
}
