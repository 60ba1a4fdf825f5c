package io.github.cognitofake.internal.fault;

import java.util.Random;

/**
 * When a rule fires, given the 1-based number of the attempt that reached it. Called under the rule's
 * lock, so a stateful schedule (probability) needs no locking of its own.
 */
@FunctionalInterface
interface Schedule {

    Schedule ALWAYS = attempt -> true;

    boolean fires(int attempt);

    static Schedule firstAttempts(int n) {
        return attempt -> attempt <= n;
    }

    static Schedule afterAttempts(int n) {
        return attempt -> attempt > n;
    }

    static Schedule everyNth(int n) {
        return attempt -> attempt % n == 0;
    }

    static Schedule probability(double probability, long seed) {
        Random random = new Random(seed);
        // One draw per attempt, even at probability 0 or 1, so the sequence depends only on the seed.
        return attempt -> random.nextDouble() < probability;
    }
}
