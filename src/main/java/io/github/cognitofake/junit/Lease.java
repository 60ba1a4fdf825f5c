package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.seed.Fixture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake held by one test or class, prepared as its settings say. Stored in the holder's
 * {@link ExtensionContext.Store}, so JUnit gives the fake back when the holder's context closes.
 */
// JUnit 5.10 to 5.12 close only CloseableResource values (deprecated from 5.13 on, which closes AutoCloseable
// ones and warns about a CloseableResource that is not one): implementing both works on every line.
@SuppressWarnings("deprecation")
final class Lease implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final FakeRecycler recycler;
    private final FakeSettings settings;
    private final CognitoIdentityFake fake;
    private final AtomicBoolean released = new AtomicBoolean();

    private Lease(FakeRecycler recycler, FakeSettings settings, CognitoIdentityFake fake) {
        this.recycler = recycler;
        this.settings = settings;
        this.fake = fake;
    }

    /**
     * Takes an empty fake and loads the fixtures, then the seed, then the default faults.
     *
     * @param testClass the class fixture resources are named relative to
     */
    static Lease take(ExtensionContext context, FakeSettings settings, Class<?> testClass) {
        FakeRecycler recycler = FakeRecycler.of(context);
        Lease lease = new Lease(recycler, settings, recycler.acquire(settings.recycleKey()));
        try {
            lease.prepare(testClass);
        } catch (RuntimeException | Error failed) {
            lease.close();
            throw failed;
        }
        return lease;
    }

    private void prepare(Class<?> testClass) {
        for (String resource : settings.fixtureResources()) {
            fake.load(Fixture.fromResource(testClass, resource));
        }
        settings.fixtures().forEach(fake::load);
        if (settings.seed() != null) {
            fake.seed(settings.seed());
        }
        if (settings.faults() != null) {
            settings.faults().accept(fake.faults());
        }
    }

    CognitoIdentityFake fake() {
        return fake;
    }

    FakeSettings settings() {
        return settings;
    }

    /** Gives the fake back; only the first call counts, as a lease may be stored in two contexts. */
    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            recycler.release(settings.recycleKey(), fake);
        }
    }
}
