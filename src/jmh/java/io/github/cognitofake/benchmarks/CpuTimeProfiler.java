package io.github.cognitofake.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, next to JMH's wall-clock time: {@code ·cpu.thread} is the CPU time of the
 * benchmark threads themselves, {@code ·cpu.process} that of the whole forked JVM (garbage collection
 * and JIT included). On a machine shared with other work a thread that waits for a core accrues wall
 * time but no CPU time, so these figures stay comparable when wall-clock ones do not.
 *
 * <p>Use with {@code -prof io.github.cognitofake.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final String WORKER = "jmh-worker";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> workerCpuBefore = Map.of();
    private long processCpuBefore;

    public CpuTimeProfiler() {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("This JVM cannot measure thread CPU time");
        }
        threads.setThreadCpuTimeEnabled(true);
    }

    @Override
    public String getDescription() {
        return "CPU time per operation: benchmark threads (cpu.thread) and whole JVM (cpu.process)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerCpuBefore = workerCpu();
        processCpuBefore = os.getProcessCpuTime();
    }

    @Override
    public List<Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long processCpu = os.getProcessCpuTime() - processCpuBefore;
        long workerCpu = 0;
        for (Map.Entry<Long, Long> now : workerCpu().entrySet()) {
            workerCpu += now.getValue() - workerCpuBefore.getOrDefault(now.getKey(), 0L);
        }
        // Every operation the workers ran between the two readings, ramp-up and ramp-down included.
        long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
        if (ops == 0) {
            return List.of();
        }
        double toMicrosPerOp = 1e-3 / ops;
        return List.of(
                new ScalarResult("cpu.thread", workerCpu * toMicrosPerOp, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process", processCpu * toMicrosPerOp, "us/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains(WORKER)) {
                long time = threads.getThreadCpuTime(thread.getId());
                if (time >= 0) {
                    cpu.put(thread.getId(), time);
                }
            }
        }
        return cpu;
    }
}
