package io.github.cognitofake.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Measures the loopback server under bursts (docs/server.md, "Figures"): rounds of N requests with C in
 * flight at once, each a signed-looking awsJson POST from java.net.http, reporting requests per second
 * and latency percentiles. A program, not a test: timings do not belong in pass/fail.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) io.github.cognitofake.server.ServerBurst \
 *     http://127.0.0.1:9230 [requests=2000] [concurrency=200] [rounds=5] [operation=ListIdentityPools]
 * </pre>
 */
public final class ServerBurst {

    private ServerBurst() {}

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String operation = args.length > 4 ? args[4] : "ListIdentityPools";
        ExecutorService threads = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(threads)
                .build();
        for (int round = 0; round <= rounds; round++) {
            long[] latencies = new long[requests];
            int[] failures = new int[1];
            Semaphore inFlight = new Semaphore(concurrency);
            List<CompletableFuture<?>> all = new ArrayList<>(requests);
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                inFlight.acquire();
                int index = i;
                long sent = System.nanoTime();
                all.add(http.sendAsync(request(endpoint, operation, i), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> {
                            latencies[index] = System.nanoTime() - sent;
                            if (failure != null || response.statusCode() != 200) {
                                synchronized (failures) {
                                    failures[0]++;
                                }
                            }
                            inFlight.release();
                        }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            System.out.printf(
                    "%s: %d x %s, %d in flight: %.0f requests/s, latency p50 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms, failed %d%n",
                    round == 0 ? "warm-up" : "round " + round,
                    requests,
                    operation,
                    concurrency,
                    requests / seconds,
                    latencies[requests / 2] / 1e6,
                    latencies[(int) (requests * 0.99)] / 1e6,
                    latencies[requests - 1] / 1e6,
                    failures[0]);
        }
        threads.shutdownNow();
    }

    private static HttpRequest request(URI endpoint, String operation, int i) {
        String body = operation.equals("CreateIdentityPool")
                ? "{\"IdentityPoolName\":\"burst" + i + "\",\"AllowUnauthenticatedIdentities\":false}"
                : "{\"MaxResults\":10}";
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", RawConnection.JSON_1_1)
                .header("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                .header("Authorization", RawConnection.AUTHORIZATION)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
