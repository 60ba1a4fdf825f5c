package io.github.cognitofake.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.cognitofake.CognitoIdentityFake;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Measures what the extension adds to a test (docs/performance.md, "Per-test cost"): the cold first test of a
 * JVM, and the warm overhead per test of a fresh fake plus an injected client, as the difference between
 * classes of empty tests run with and without injection. A program, not a test: timings do not belong in
 * pass/fail. Run it as that section says.
 */
public final class PerTestCost {

    private static final int TESTS = 2000;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 10;

    private PerTestCost() {}

    public static void main(String[] args) {
        long plainCold = runMillis(PlainOnce.class);
        long injectedCold = runMillis(InjectedOnce.class);
        System.out.printf(
                "cold: first plain test class %d ms, then first test with fake + client %d ms%n",
                plainCold, injectedCold);
        double[] overheads = new double[ROUNDS];
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            long plain = runNanos(PlainMany.class);
            long injected = runNanos(InjectedMany.class);
            double perTest = (injected - plain) / 1_000.0 / TESTS;
            System.out.printf(
                    "%s: %d tests plain %.1f ms, injected %.1f ms, overhead %.1f us/test%n",
                    round < 0 ? "warm-up" : "round " + (round + 1), TESTS, plain / 1e6, injected / 1e6, perTest);
            if (round >= 0) {
                overheads[round] = perTest;
            }
        }
        java.util.Arrays.sort(overheads);
        System.out.printf(
                "warm overhead per test: median %.1f us, best %.1f us, worst %.1f us (%d rounds)%n",
                overheads[ROUNDS / 2], overheads[0], overheads[ROUNDS - 1], ROUNDS);
    }

    private static long runMillis(Class<?> testClass) {
        return runNanos(testClass) / 1_000_000;
    }

    private static long runNanos(Class<?> testClass) {
        long start = System.nanoTime();
        long passed = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents()
                .succeeded()
                .count();
        long elapsed = System.nanoTime() - start;
        if (passed == 0) {
            throw new IllegalStateException(testClass.getSimpleName() + " ran no test");
        }
        return elapsed;
    }

    static class PlainOnce {
        @Test
        void test() {}
    }

    @CognitoIdentityFakeTest
    static class InjectedOnce {
        @Test
        void test(CognitoIdentityFake fake, CognitoIdentityClient client) {
            client.listIdentityPools(b -> b.maxResults(1));
        }
    }

    static class PlainMany {
        @RepeatedTest(TESTS)
        void test() {}
    }

    @CognitoIdentityFakeTest
    static class InjectedMany {
        @RepeatedTest(TESTS)
        void test(CognitoIdentityFake fake, CognitoIdentityClient client) {}
    }
}
