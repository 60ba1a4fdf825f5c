package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.operation.Operation;
import io.github.cognitofake.seed.Fixture;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
    private Baseline initial;
    // Rules and expectations the tests of a shared fake added and had checked already; guarded by this.
    private final Set<FaultRule> checkedRules = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Operation> checkedExpectations = EnumSet.noneOf(Operation.class);

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
            lease.initial = Baseline.of(lease.fake);
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

    /** What the fake held once prepared: the default faults are no test's own rules. */
    Baseline initial() {
        return initial;
    }

    /** Remembers what a test of a shared fake added, so the check at the end of the class skips it. */
    synchronized void checked(List<FaultRule> rules, List<Operation> expectations) {
        checkedRules.addAll(rules);
        checkedExpectations.addAll(expectations);
    }

    synchronized Set<FaultRule> checkedRules() {
        Set<FaultRule> copy = Collections.newSetFromMap(new IdentityHashMap<>());
        copy.addAll(checkedRules);
        return copy;
    }

    synchronized Set<Operation> checkedExpectations() {
        return checkedExpectations.isEmpty() ? Set.of() : EnumSet.copyOf(checkedExpectations);
    }

    /** Gives the fake back; only the first call counts, as a lease may be stored in two contexts. */
    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            recycler.release(settings.recycleKey(), fake);
        }
    }
}
