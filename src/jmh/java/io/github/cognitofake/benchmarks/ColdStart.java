package io.github.cognitofake.benchmarks;

import io.github.cognitofake.CognitoIdentityFake;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;

/**
 * The cold start of a process that uses the fake against one that uses only the SDK, each in JVMs of their
 * own, run alternately in pairs so that both meet the same load on the machine:
 *
 * <ul>
 *   <li>{@code fake}: {@code CognitoIdentityFake.create()}, {@code fake.client()}, CreateIdentityPool,
 *       SetIdentityPoolRoles, one GetIdentityPoolRoles;
 *   <li>{@code sdk}: the same SDK client (region, endpoint, credentials, retry strategy) over
 *       {@link CannedHttpClient}, and one GetIdentityPoolRoles;
 *   <li>{@code sdk3}, for the explanation only: the same client over canned answers making the {@code fake}
 *       child's three calls, so that {@code fake} − {@code sdk3} is what the fake itself costs.
 * </ul>
 *
 * Each child prints its own CPU time (the whole JVM: start-up, class loading, JIT, GC) and the classes it
 * loaded; the parent measures the wall time of each child. Medians over the pairs, and the ratio fake / sdk
 * last. {@code java -cp <test classpath> io.github.cognitofake.benchmarks.ColdStart [pairs] [JVM options...]};
 * see docs/performance.md.
 */
public final class ColdStart {

    private static final String POOL_ID = "us-east-1:6f1c0e3a-5b7d-4c2e-9a8b-0d1e2f3a4b5c";

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("fake")) {
            report(fake());
            return;
        }
        if (args.length > 0 && args[0].equals("sdk")) {
            report(sdk());
            return;
        }
        if (args.length > 0 && args[0].equals("sdk3")) {
            report(sdkThreeCalls());
            return;
        }
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> jvmOptions = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jvmOptions.add(args[i]);
        }
        List<Run> fakeRuns = new ArrayList<>();
        List<Run> sdkRuns = new ArrayList<>();
        List<Run> sdk3Runs = new ArrayList<>();
        run("fake", jvmOptions); // one unmeasured pair: the OS file cache, as for any later test run
        run("sdk", jvmOptions);
        for (int i = 0; i < pairs; i++) {
            // Alternate which goes first, so neither always follows the other.
            if (i % 2 == 0) {
                fakeRuns.add(run("fake", jvmOptions));
                sdkRuns.add(run("sdk", jvmOptions));
            } else {
                sdkRuns.add(run("sdk", jvmOptions));
                fakeRuns.add(run("fake", jvmOptions));
            }
            sdk3Runs.add(run("sdk3", jvmOptions));
            System.out.printf(
                    "pair %2d: fake cpu %5d ms wall %5d ms classes %d | sdk cpu %5d ms wall %5d ms classes %d%n",
                    i + 1,
                    fakeRuns.get(i).cpuMillis,
                    fakeRuns.get(i).wallMillis,
                    fakeRuns.get(i).classes,
                    sdkRuns.get(i).cpuMillis,
                    sdkRuns.get(i).wallMillis,
                    sdkRuns.get(i).classes);
        }
        long fakeCpu = median(fakeRuns, r -> r.cpuMillis);
        long sdkCpu = median(sdkRuns, r -> r.cpuMillis);
        long fakeWall = median(fakeRuns, r -> r.wallMillis);
        long sdkWall = median(sdkRuns, r -> r.wallMillis);
        System.out.printf(
                "medians of %d pairs: fake cpu %d ms, wall %d ms, %d classes; sdk cpu %d ms, wall %d ms, %d classes%n",
                pairs,
                fakeCpu,
                fakeWall,
                median(fakeRuns, r -> r.classes),
                sdkCpu,
                sdkWall,
                median(sdkRuns, r -> r.classes));
        long sdk3Cpu = median(sdk3Runs, r -> r.cpuMillis);
        System.out.printf(
                "the SDK alone making the fake child's three calls: cpu %d ms, %d classes; fake / that: cpu %.2f%n",
                sdk3Cpu, median(sdk3Runs, r -> r.classes), (double) fakeCpu / sdk3Cpu);
        System.out.printf(
                "ratio fake / sdk: cpu %.2f, wall %.2f%n", (double) fakeCpu / sdkCpu, (double) fakeWall / sdkWall);
    }

    private static GetIdentityPoolRolesResponse fake() {
        phase("start");
        CognitoIdentityFake fake = CognitoIdentityFake.create();
        phase("CognitoIdentityFake.create()");
        CognitoIdentityClient client = fake.client();
        phase("fake.client()");
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("cold").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        phase("CreateIdentityPool");
        client.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of(
                        "authenticated", RolesBenchmark.AUTH_ROLE, "unauthenticated", RolesBenchmark.GUEST_ROLE)));
        phase("SetIdentityPoolRoles");
        GetIdentityPoolRolesResponse response = client.getIdentityPoolRoles(b -> b.identityPoolId(poolId));
        phase("GetIdentityPoolRoles");
        return response;
    }

    /** With -Dcoldstart.phases=true a child prints the CPU time and classes each step added. */
    private static final boolean PHASES = Boolean.getBoolean("coldstart.phases");

    private static long lastCpu;
    private static long lastClasses;

    private static void phase(String name) {
        if (!PHASES) {
            return;
        }
        long cpu = processCpuNanos() / 1_000_000;
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.printf("  %-30s cpu %+5d ms  classes %+5d%n", name, cpu - lastCpu, classes - lastClasses);
        lastCpu = cpu;
        lastClasses = classes;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static GetIdentityPoolRolesResponse sdk() {
        phase("start");
        String body = "{\"IdentityPoolId\":\"" + POOL_ID + "\",\"Roles\":{\"authenticated\":\""
                + RolesBenchmark.AUTH_ROLE + "\",\"unauthenticated\":\"" + RolesBenchmark.GUEST_ROLE + "\"}}";
        CannedHttpClient canned = new CannedHttpClient(Map.of(
                "AWSCognitoIdentityService.GetIdentityPoolRoles",
                CannedHttpClient.Canned.json(RolesBenchmark.CANNED_REQUEST_ID, RolesBenchmark.CANNED_DATE, body)));
        CognitoIdentityClient client = cannedClient(canned);
        phase("build the client");
        GetIdentityPoolRolesResponse response = client.getIdentityPoolRoles(b -> b.identityPoolId(POOL_ID));
        phase("GetIdentityPoolRoles");
        return response;
    }

    /** What fake.client() configures, minus the fake: region, endpoint, credentials, retries without backoff. */
    private static CognitoIdentityClient cannedClient(CannedHttpClient canned) {
        return CognitoIdentityClient.builder()
                .overrideConfiguration(o -> o.retryStrategy(RolesBenchmark.retryStrategy()))
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("https://cognito-identity.fake.invalid"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        CognitoIdentityFake.DEFAULT_ACCESS_KEY_ID, CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY)))
                .httpClient(canned)
                .build();
    }

    /** The {@code fake} child's calls, answered by canned bodies: the SDK's share of that child. */
    private static GetIdentityPoolRolesResponse sdkThreeCalls() {
        String roles = "{\"authenticated\":\"" + RolesBenchmark.AUTH_ROLE + "\",\"unauthenticated\":\""
                + RolesBenchmark.GUEST_ROLE + "\"}";
        CannedHttpClient canned = new CannedHttpClient(Map.of(
                "AWSCognitoIdentityService.CreateIdentityPool",
                CannedHttpClient.Canned.json(
                        RolesBenchmark.CANNED_REQUEST_ID,
                        RolesBenchmark.CANNED_DATE,
                        "{\"IdentityPoolId\":\"" + POOL_ID + "\",\"IdentityPoolName\":\"cold\","
                                + "\"AllowUnauthenticatedIdentities\":true,\"IdentityPoolTags\":{}}"),
                "AWSCognitoIdentityService.SetIdentityPoolRoles",
                CannedHttpClient.Canned.json(RolesBenchmark.CANNED_REQUEST_ID, RolesBenchmark.CANNED_DATE, ""),
                "AWSCognitoIdentityService.GetIdentityPoolRoles",
                CannedHttpClient.Canned.json(
                        RolesBenchmark.CANNED_REQUEST_ID,
                        RolesBenchmark.CANNED_DATE,
                        "{\"IdentityPoolId\":\"" + POOL_ID + "\",\"Roles\":" + roles + "}")));
        CognitoIdentityClient client = cannedClient(canned);
        String poolId = client.createIdentityPool(
                        b -> b.identityPoolName("cold").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        client.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of(
                        "authenticated", RolesBenchmark.AUTH_ROLE, "unauthenticated", RolesBenchmark.GUEST_ROLE)));
        return client.getIdentityPoolRoles(b -> b.identityPoolId(poolId));
    }

    private static void report(GetIdentityPoolRolesResponse response) {
        if (response.roles().size() != 2) {
            throw new IllegalStateException("unexpected answer " + response);
        }
        long cpu = processCpuNanos();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.println("cpu_ns=" + cpu + " classes=" + classes);
    }

    private record Run(long cpuMillis, long wallMillis, long classes) {}

    private static Run run(String which, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStart.class.getName());
        command.add(which);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (jvmOptions.contains("-Dcoldstart.phases=true")) {
            System.out.println(which + ":");
            output.lines().filter(l -> l.startsWith("  ")).forEach(System.out::println);
        }
        String line = output.lines()
                .filter(l -> l.startsWith("cpu_ns="))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(which + " failed (" + status + "):\n" + output));
        String[] parts = line.split(" ");
        long cpu = Long.parseLong(parts[0].substring("cpu_ns=".length())) / 1_000_000;
        long classes = Long.parseLong(parts[1].substring("classes=".length()));
        return new Run(cpu, wall, classes);
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> figure) {
        List<Long> values = new ArrayList<>();
        runs.forEach(run -> values.add(figure.applyAsLong(run)));
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
