package io.github.cognitofake.journal;

import io.github.cognitofake.operation.Operation;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;

/**
 * Every API call made through one fake, in the order the calls started. Seeding is never recorded.
 * Each call lists its HTTP attempts: faults count HTTP attempts, so a throttled call that the SDK
 * retried twice is one call with three attempts.
 *
 * <p>Thread-safe: calls are recorded from any thread, and queries return snapshots. The journal belongs
 * to one fake; another fake's calls never appear in it.
 */
public interface CallJournal {

    /** {@return every recorded call, in order} */
    List<RecordedCall> calls();

    /**
     * The recorded calls of one operation, in order.
     *
     * @param operation the operation
     * @return its calls, oldest first
     */
    List<RecordedCall> calls(Operation operation);

    /**
     * The recorded calls whose typed request is of this type, in order.
     *
     * @param requestType the SDK request class
     * @return the calls with such a request, oldest first
     */
    List<RecordedCall> calls(Class<? extends CognitoIdentityRequest> requestType);

    /**
     * The typed requests of this type, in order: {@code journal.requests(GetIdentityPoolRolesRequest.class)}.
     *
     * @param <R> the request type
     * @param requestType the SDK request class
     * @return the requests, oldest first
     */
    <R extends CognitoIdentityRequest> List<R> requests(Class<R> requestType);

    /**
     * Marks calls as verified, the way Mockito marks the invocations a {@code verify} checked: assertions
     * mark the calls they matched, so that "received nothing else" can ask for the {@linkplain #unverified()
     * rest}. Marks are kept until {@link #clear()}.
     *
     * @param checked calls of this journal
     */
    void markVerified(Collection<RecordedCall> checked);

    /**
     * The calls no assertion has {@linkplain #markVerified marked} yet.
     *
     * @return those calls, oldest first
     */
    List<RecordedCall> unverified();

    /** Forgets every recorded call, and the marks; the next call is numbered 1 again. */
    void clear();
}
