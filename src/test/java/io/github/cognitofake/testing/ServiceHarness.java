package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * A fake whose service is in reach, behind real SDK clients: for tests that must both call internal APIs
 * (such as {@code IdentityService.resolve}) and see the effect through the SDK. The fake is wired as users
 * get it; the engine gives the service.
 */
public final class ServiceHarness implements AutoCloseable {

    private final CognitoIdentityFake fake;

    public ServiceHarness(TestClock clock) {
        fake = CognitoIdentityFake.builder().clock(clock).build();
    }

    public CognitoIdentityService service() {
        return EngineAccess.of(fake).service();
    }

    /** A synchronous client, or a synchronous view of the asynchronous one. */
    public CognitoIdentityClient client(ClientKind kind) {
        return kind == ClientKind.SYNC ? fake.client() : ClientKind.awaiting(fake.asyncClient());
    }

    @Override
    public void close() {
        fake.close();
    }
}
