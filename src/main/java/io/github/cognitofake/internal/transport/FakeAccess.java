package io.github.cognitofake.internal.transport;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.pipeline.AttemptPipeline;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the loopback server (package {@code server}) reaches the {@link AttemptPipeline} of a fake it is
 * given, without any public method of {@link CognitoIdentityFake} exposing an internal type: the fake
 * installs an accessor here when its class is initialised, as the JDK's own {@code SharedSecrets} do.
 * Not for use outside this library.
 */
public final class FakeAccess {

    private static volatile Function<CognitoIdentityFake, AttemptPipeline> pipelines;

    private FakeAccess() {}

    /** Called once, by {@link CognitoIdentityFake}'s static initialiser. */
    public static void install(Function<CognitoIdentityFake, AttemptPipeline> accessor) {
        synchronized (FakeAccess.class) {
            if (pipelines != null) {
                throw new IllegalStateException("FakeAccess is installed by CognitoIdentityFake only");
            }
            pipelines = Objects.requireNonNull(accessor, "accessor");
        }
    }

    /** The pipeline every HTTP attempt to this fake takes, whichever transport carries it. */
    public static AttemptPipeline attempts(CognitoIdentityFake fake) {
        Objects.requireNonNull(fake, "fake");
        // An instance exists, so its class is initialised and the accessor is installed.
        return pipelines.apply(fake);
    }
}
