package io.github.cognitofake.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the given options (as {@code org.openjdk.jmh.Main} takes them) and then prints, for every pair of
 * benchmarks {@code <call>_fake} / {@code <call>_floor} in the run, the medians of their iterations and the ratio
 * fake / floor last: by wall time and, with {@link CpuTimeProfiler}, by the benchmark thread's CPU time.
 *
 * <pre>
 * mvn -B -Pjmh test-compile exec:exec -Djmh.main=io.github.cognitofake.benchmarks.PerCallRatios \
 *     -Djmh.args="-f 1 -wi 4 -w 3s -i 5 -r 2s -tu us -bm avgt -prof io.github.cognitofake.benchmarks.CpuTimeProfiler RolesBenchmark|IdentityCallsBenchmark"
 * </pre>
 */
public final class PerCallRatios {

    private PerCallRatios() {}

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult result : results) {
            byName.put(result.getParams().getBenchmark(), result);
        }
        System.out.println();
        System.out.println("medians of the iterations, us per call; ratio fake / floor last");
        System.out.printf(
                "%-60s %10s %10s %8s %10s %10s %8s%n", "call", "fake", "floor", "wall", "fake cpu", "floor cpu", "cpu");
        byName.forEach((name, fake) -> {
            if (!name.endsWith("_fake")) {
                return;
            }
            RunResult floor = byName.get(name.substring(0, name.length() - "_fake".length()) + "_floor");
            if (floor == null) {
                return;
            }
            double fakeWall = median(fake.getPrimaryResult());
            double floorWall = median(floor.getPrimaryResult());
            Result<?> fakeCpu = fake.getSecondaryResults().get("cpu.thread");
            Result<?> floorCpu = floor.getSecondaryResults().get("cpu.thread");
            String call = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1, name.length() - 5);
            if (fakeCpu == null || floorCpu == null) {
                System.out.printf("%-60s %10.2f %10.2f %7.2fx%n", call, fakeWall, floorWall, fakeWall / floorWall);
            } else {
                System.out.printf(
                        "%-60s %10.2f %10.2f %7.2fx %10.2f %10.2f %7.2fx%n",
                        call,
                        fakeWall,
                        floorWall,
                        fakeWall / floorWall,
                        median(fakeCpu),
                        median(floorCpu),
                        median(fakeCpu) / median(floorCpu));
            }
        });
    }

    private static double median(Result<?> result) {
        return result.getStatistics().getPercentile(50);
    }
}
