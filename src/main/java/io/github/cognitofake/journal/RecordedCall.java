package io.github.cognitofake.journal;

import io.github.cognitofake.operation.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityResponse;

/**
 * One API call the fake received: what was asked, what came back, and each HTTP attempt. Thread-safe;
 * a call still in progress shows its state so far.
 */
public interface RecordedCall {

    /**
     * {@return the call's place in the journal: 1 for the first call the fake received since it was created,
     * reset or its journal cleared} A fake the JUnit extension recycles is reset, so every test's calls are
     * numbered from 1.
     */
    long sequence();

    /** {@return the operation called; empty for a wire request that names no operation of the API} */
    Optional<Operation> operation();

    /** {@return how the call reached the fake} */
    CallSource source();

    /** {@return the typed request as the code under test built it; empty for {@link CallSource#WIRE} calls} */
    Optional<CognitoIdentityRequest> request();

    /**
     * The typed request if it is of this type.
     *
     * @param <R> the request type
     * @param type the SDK request class
     * @return the request, if it is of that type
     */
    default <R extends CognitoIdentityRequest> Optional<R> request(Class<R> type) {
        return request().filter(type::isInstance).map(type::cast);
    }

    /** {@return the typed response of a call that succeeded} */
    Optional<CognitoIdentityResponse> response();

    /** {@return the exception the code under test got, for an SDK call that failed} */
    Optional<Throwable> failure();

    /** {@return true once the call has ended (for wire calls: once its last attempt was answered)} */
    boolean completed();

    /** {@return true for a completed call that succeeded} */
    boolean succeeded();

    /** {@return the HTTP attempts so far, in order; faults count these attempts} */
    List<RecordedAttempt> attempts();

    /** {@return when the call started} */
    Instant startedAt();

    /** {@return how long the call took; empty while it runs} */
    Optional<Duration> duration();

    /** {@return the name of the thread that made the call} */
    String threadName();
}
