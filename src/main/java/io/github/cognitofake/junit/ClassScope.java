package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.seed.Fixture;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fake arrangements of one test class for one extension: its settings, and whether its tests share one
 * fake. A class shares when its lifecycle is {@link FakeLifecycle#PER_CLASS} or when a fake is asked for at
 * class level (a static field, a {@code @BeforeAll} parameter). A {@code @Nested} class without settings of
 * its own has its enclosing class's scope as {@code outer}, and uses that class's fake while it shares one.
 */
final class ClassScope {

    private final FakeSettings settings;
    private final ClassScope outer;
    private final ExtensionContext owner;
    private boolean sharing;
    private Lease shared;
    private RuntimeException badFixtures; // guarded by this, with fixturesChecked
    private boolean fixturesChecked;

    /**
     * @param owner the class's context: the shared fake lives, and is given back, with it
     * @param outer the enclosing class's scope when this class inherits its settings, else null
     */
    ClassScope(FakeSettings settings, ClassScope outer, ExtensionContext owner) {
        this.settings = settings;
        this.outer = outer;
        this.owner = owner;
        this.sharing = settings.lifecycle() == FakeLifecycle.PER_CLASS && (outer == null || !outer.isSharing());
    }

    FakeSettings settings() {
        return settings;
    }

    /**
     * Loads the class's fixtures into a scratch fake once, so that a missing or broken fixture fails every test
     * of the class (this is called before all and before each test), not only the tests that use a fake. A
     * nested class that inherits its settings asks its enclosing class's scope.
     *
     * @throws ExtensionConfigurationException naming the class and what is wrong with its fixtures
     */
    void checkFixtures() {
        if (outer != null) {
            outer.checkFixtures();
            return;
        }
        if (settings.fixtureResources().isEmpty() && settings.fixtures().isEmpty()) {
            return;
        }
        RuntimeException bad;
        synchronized (this) {
            if (!fixturesChecked) {
                fixturesChecked = true;
                badFixtures = tryFixtures();
            }
            bad = badFixtures;
        }
        if (bad != null) {
            throw bad;
        }
    }

    private RuntimeException tryFixtures() {
        Class<?> testClass = owner.getRequiredTestClass();
        FakeRecycler recycler = FakeRecycler.of(owner);
        CognitoIdentityFake scratch = recycler.acquire(settings.recycleKey());
        try {
            for (String resource : settings.fixtureResources()) {
                scratch.load(Fixture.fromResource(testClass, resource));
            }
            settings.fixtures().forEach(scratch::load);
            return null;
        } catch (RuntimeException bad) {
            return new ExtensionConfigurationException(
                    "The fixtures of " + testClass.getName() + " cannot be loaded: " + bad.getMessage(), bad);
        } finally {
            recycler.release(settings.recycleKey(), scratch);
        }
    }

    /** The fake the tests of this class share, or null when each test gets its own. */
    CognitoIdentityFake sharedFakeOrNull() {
        synchronized (this) {
            if (sharing) {
                return sharedFake();
            }
        }
        return outer != null && outer.isSharing() ? outer.sharedFakeOrNull() : null;
    }

    /** Makes this class share one fake, unless an enclosing class already shares one, and answers it. */
    CognitoIdentityFake requestShared() {
        if (outer != null && outer.isSharing()) {
            return outer.sharedFakeOrNull();
        }
        synchronized (this) {
            sharing = true;
            return sharedFake();
        }
    }

    /** The lease of the fake this class (not an enclosing one) shares, if it was taken; never takes one. */
    synchronized Lease ownSharedLeaseOrNull() {
        return shared;
    }

    /** The lease of the fake the tests of this class share, if one was taken; never takes one. */
    Lease existingSharedLeaseOrNull() {
        synchronized (this) {
            if (sharing) {
                return shared;
            }
        }
        return outer != null && outer.isSharing() ? outer.existingSharedLeaseOrNull() : null;
    }

    private synchronized boolean isSharing() {
        return sharing || (outer != null && outer.isSharing());
    }

    private CognitoIdentityFake sharedFake() {
        if (shared == null) {
            shared = Lease.take(owner, settings, owner.getRequiredTestClass());
            owner.getStore(CognitoIdentityFakeExtension.NAMESPACE).put(shared, shared);
        }
        return shared.fake();
    }
}
