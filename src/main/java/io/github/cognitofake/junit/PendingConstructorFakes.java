package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fakes given to constructors of per-method test instances before their test's context exists.
 *
 * <p>JUnit 5 resolves such constructor parameters in the class's context, yet the instance belongs to one
 * test. The fake is taken on the constructing thread, tied to the instance once it exists, and adopted by
 * that test as its own, so the constructor and the test method see the same fake. The lease is also kept in
 * the class's store, so a fake whose test never ran still goes back when the class ends.
 */
final class PendingConstructorFakes {

    private final ThreadLocal<Lease> constructing = new ThreadLocal<>();
    private final Map<Object, Lease> byInstance = new IdentityHashMap<>();

    /** The fake for the instance being constructed on this thread. */
    CognitoIdentityFake fakeFor(ExtensionContext classContext, FakeSettings settings) {
        Lease lease = constructing.get();
        if (lease == null || !lease.settings().equals(settings)) {
            lease = Lease.take(classContext, settings, classContext.getRequiredTestClass());
            classContext.getStore(CognitoIdentityFakeExtension.NAMESPACE).put(lease, lease);
            constructing.set(lease);
        }
        return lease.fake();
    }

    /** Ties the fake of the construction that just ended on this thread, if any, to its instance. */
    void bind(Object instance) {
        Lease lease = constructing.get();
        if (lease != null) {
            constructing.remove();
            synchronized (byInstance) {
                byInstance.put(instance, lease);
            }
        }
    }

    /**
     * The fake a constructor of these instances (a test instance and its enclosing ones) received, now owned
     * by the caller; taken before each test, so no instance stays referenced here.
     */
    Optional<Lease> adopt(List<Object> instances) {
        Lease adopted = null;
        synchronized (byInstance) {
            for (Object instance : instances) {
                Lease lease = byInstance.remove(instance);
                if (adopted == null) {
                    adopted = lease;
                }
            }
        }
        return Optional.ofNullable(adopted);
    }
}
