package io.github.cognitofake.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;

/** Many threads on one fake, and several fakes at once: every call recorded once, in its own journal. */
class JournalConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CALLS_EACH = 40;

    @Test
    void recordsEveryCallOfManyThreadsOnceInOrderPerThread() throws Exception {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            // The first attempt of every call is throttled, so each call is retried once by the SDK.
            Set<String> throttledOnce = ConcurrentHashMap.newKeySet();
            fake.faults()
                    .on(Operation.CREATE_IDENTITY_POOL)
                    .where(request ->
                            throttledOnce.add(request.member("IdentityPoolName").orElseThrow()))
                    .throttle()
                    .always();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < CALLS_EACH; i++) {
                            String name = "t" + thread + "-" + i;
                            if (i % 2 == 0) {
                                fake.client()
                                        .createIdentityPool(
                                                b -> b.identityPoolName(name).allowUnauthenticatedIdentities(false));
                            } else {
                                fake.asyncClient()
                                        .createIdentityPool(
                                                b -> b.identityPoolName(name).allowUnauthenticatedIdentities(false))
                                        .join();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            List<RecordedCall> calls = fake.journal().calls();
            assertThat(calls).hasSize(THREADS * CALLS_EACH);
            assertThat(calls)
                    .extracting(RecordedCall::sequence)
                    .doesNotHaveDuplicates()
                    .isSorted();
            assertThat(calls).allSatisfy(call -> assertThat(call.succeeded()).isTrue());
            assertThat(calls)
                    .allSatisfy(call -> assertThat(call.attempts())
                            .extracting(a -> a.status().orElse(0))
                            .as("attempts of %s", call)
                            .containsExactly(400, 200));
            Map<String, List<String>> namesByThread = calls.stream()
                    .collect(Collectors.groupingBy(
                            RecordedCall::threadName,
                            Collectors.mapping(
                                    call -> call.request(CreateIdentityPoolRequest.class)
                                            .orElseThrow()
                                            .identityPoolName(),
                                    Collectors.toList())));
            assertThat(namesByThread).hasSize(THREADS);
            namesByThread.values().forEach(names -> {
                String prefix = names.get(0).substring(0, names.get(0).indexOf('-') + 1);
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < CALLS_EACH; i++) {
                    expected.add(prefix + i);
                }
                assertThat(names).as("one thread's calls, in its order").isEqualTo(expected);
            });
        }
    }

    @Test
    void fakesUsedAtTheSameTimeKeepSeparateJournals() {
        List<CognitoIdentityFake> fakes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fakes.add(CognitoIdentityFake.create());
        }
        try {
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (int f = 0; f < fakes.size(); f++) {
                CognitoIdentityFake fake = fakes.get(f);
                for (int i = 0; i <= f; i++) {
                    all.add(CompletableFuture.runAsync(() -> fake.client().listIdentityPools(b -> b.maxResults(5))));
                }
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            for (int f = 0; f < fakes.size(); f++) {
                assertThat(fakes.get(f).journal().calls())
                        .as("calls of fake %d", f)
                        .hasSize(f + 1);
            }
        } finally {
            fakes.forEach(CognitoIdentityFake::close);
        }
    }
}
