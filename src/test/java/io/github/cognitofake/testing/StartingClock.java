package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestClock} that every test of a class starts at the same instant, and the extension whose fakes run
 * on it. Registered before the fakes' extension, it sets the clock back before each test:
 *
 * <pre>{@code
 * @RegisterExtension static final StartingClock TIME = new StartingClock(NOW);
 * @RegisterExtension static final CognitoIdentityFakeExtension FAKES = TIME.fakes();
 * }</pre>
 */
public final class StartingClock implements BeforeEachCallback {

    private final Instant start;
    private final TestClock clock;

    public StartingClock(Instant start) {
        this.start = start;
        this.clock = new TestClock(start);
    }

    /** The clock, to move within a test. */
    public TestClock clock() {
        return clock;
    }

    /** An extension whose fakes use this clock (idle fakes are recycled between tests of this clock only). */
    public CognitoIdentityFakeExtension fakes() {
        return CognitoIdentityFakeExtension.builder()
                .options(CognitoIdentityFake.builder().clock(clock).options())
                .build();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clock.set(start);
    }
}
