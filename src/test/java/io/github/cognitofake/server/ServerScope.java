package io.github.cognitofake.server;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake and the servers and connections a test opens on it, closed after the test in the reverse order of
 * opening, the fake last. Registered as an instance field: {@code @RegisterExtension final ServerScope scope}.
 */
final class ServerScope implements AfterEachCallback {

    private final CognitoIdentityFake fake = CognitoIdentityFake.create();
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    CognitoIdentityFake fake() {
        return fake;
    }

    /** Starts the server the builder describes; it is stopped after the test. */
    CognitoIdentityFakeServer serve(CognitoIdentityFakeServer.Builder builder) {
        return closedAfterTheTest(builder.start());
    }

    /** Closes what a test opened once the test is over. */
    <T extends AutoCloseable> T closedAfterTheTest(T closeable) {
        opened.push(closeable);
        return closeable;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
        fake.close();
    }
}
