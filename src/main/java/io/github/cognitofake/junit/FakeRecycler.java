package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.FakeOptions;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Idle fakes, kept in the root store for the whole run. Building the SDK clients of a fake costs about a
 * millisecond; a fake given back reset is as good as new, so the next test takes it, clients and all. A
 * fake is only ever in one place: held by one running test or class, or idle here.
 */
// JUnit 5.10 to 5.12 close only CloseableResource values (deprecated from 5.13 on, which closes AutoCloseable
// ones and warns about a CloseableResource that is not one): implementing both works on every line.
@SuppressWarnings("deprecation")
final class FakeRecycler implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final Map<FakeOptions, Deque<CognitoIdentityFake>> idle = new ConcurrentHashMap<>();

    static FakeRecycler of(ExtensionContext context) {
        return context.getRoot()
                .getStore(CognitoIdentityFakeExtension.NAMESPACE)
                .getOrComputeIfAbsent(FakeRecycler.class);
    }

    /** An empty fake of these settings: an idle one, or a new one. */
    CognitoIdentityFake acquire(FakeOptions key) {
        CognitoIdentityFake fake = queue(key).pollFirst();
        return fake != null ? fake : CognitoIdentityFake.create(key);
    }

    /** Takes a fake back after its test; a fake the test closed, or that cannot be reset, is dropped. */
    void release(FakeOptions key, CognitoIdentityFake fake) {
        if (fake.isClosed()) {
            return;
        }
        try {
            fake.reset();
        } catch (RuntimeException closedMeanwhile) {
            fake.close();
            return;
        }
        queue(key).offerFirst(fake); // last in, first out: the warmest fake goes out next
    }

    private Deque<CognitoIdentityFake> queue(FakeOptions key) {
        return idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
    }

    @Override
    public void close() {
        idle.values().forEach(queue -> {
            for (CognitoIdentityFake fake = queue.pollFirst(); fake != null; fake = queue.pollFirst()) {
                fake.close();
            }
        });
    }
}
