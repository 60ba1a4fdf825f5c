package io.github.cognitofake.internal.engine;

import java.util.Objects;
import java.util.function.Function;

/**
 * The one way from a public {@code CognitoIdentityFake} to its engine, for the public packages that carry
 * a fake's requests themselves (the loopback server) and for the project's tests; no public method of the
 * fake names an internal type. The facade installs the accessor when its class is initialised, as the
 * JDK's {@code SharedSecrets} do. The parameter is typed {@code Object} so that this package stays below
 * the facade's: the engine never depends on the public entry point it serves.
 *
 * <p>Not for use outside this library.
 */
public final class EngineAccess {

    private static volatile Function<Object, FakeEngine> engines;

    private EngineAccess() {}

    /** Called once, by the facade's static initialiser. */
    public static synchronized void install(Function<Object, FakeEngine> accessor) {
        if (engines != null) {
            throw new IllegalStateException("EngineAccess is installed by CognitoIdentityFake only");
        }
        engines = Objects.requireNonNull(accessor, "accessor");
    }

    /**
     * The engine of a fake.
     *
     * @param fake a {@code CognitoIdentityFake}; an instance exists, so its class is initialised and the
     *     accessor installed
     */
    public static FakeEngine of(Object fake) {
        Objects.requireNonNull(fake, "fake");
        return engines.apply(fake);
    }
}
