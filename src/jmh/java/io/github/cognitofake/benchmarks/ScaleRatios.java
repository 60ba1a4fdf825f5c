package io.github.cognitofake.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs {@link ScaleBenchmark} (or what the given JMH options select) and then prints, for every benchmark, the
 * median of its iterations at each pool size, by the benchmark thread's CPU time when {@link CpuTimeProfiler} ran
 * (else wall time), and last the ratio of the largest pool to the smallest, and to the smallest whose page is as
 * full as the largest's (a page of 60 costs more than a page of 10 whatever the pool's size). A full walk is
 * printed per page, so a walk that is linear in the pool's size shows a ratio near 1.
 *
 * <pre>
 * mvn -B -Pjmh test-compile exec:exec -Djmh.main=io.github.cognitofake.benchmarks.ScaleRatios \
 *     -Djmh.args="-f 1 -wi 2 -w 2s -i 3 -r 2s -tu us -bm avgt -prof io.github.cognitofake.benchmarks.CpuTimeProfiler ScaleBenchmark"
 * </pre>
 */
public final class ScaleRatios {

    /** Pools up to this size answer a page of fewer than 60 identities. */
    private static final int SMALLEST_FULL_PAGE = 100;

    private ScaleRatios() {}

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, Map<Integer, Double>> byBenchmark = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            int identities = Integer.parseInt(result.getParams().getParam("identities"));
            Result<?> cpu = result.getSecondaryResults().get("cpu.thread");
            double median = (cpu != null ? cpu : result.getPrimaryResult())
                    .getStatistics()
                    .getPercentile(50);
            if (name.endsWith("fullWalk")) {
                median /= Math.max(1, Math.ceil(identities / 60.0)); // per page: a linear walk stays flat
            }
            byBenchmark
                    .computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new TreeMap<>())
                    .put(identities, median);
        }
        System.out.println();
        System.out.println("medians of the iterations, us per call by pool size; ratios of the largest pool last");
        byBenchmark.forEach((benchmark, bySize) -> {
            StringBuilder line = new StringBuilder(String.format("%-32s", benchmark));
            bySize.forEach((size, median) -> line.append(String.format(" %8d: %10.1f", size, median)));
            TreeMap<Integer, Double> sizes = new TreeMap<>(bySize);
            double largest = sizes.lastEntry().getValue();
            line.append(String.format(
                    "   largest / smallest %.2fx", largest / sizes.firstEntry().getValue()));
            Map.Entry<Integer, Double> fullPage = sizes.ceilingEntry(SMALLEST_FULL_PAGE);
            if (fullPage != null && fullPage.getKey() < sizes.lastKey()) {
                line.append(String.format(", / %d: %.2fx", fullPage.getKey(), largest / fullPage.getValue()));
            }
            System.out.println(line);
        });
    }
}
