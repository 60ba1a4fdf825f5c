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
 *
 * <p>The journal keeps the details of the latest {@link #limit()} calls (10,000 unless the fake was built
 * with {@code journalLimit(n)}); older calls are dropped from {@link #calls()} and the queries that read it,
 * oldest first. The counts ({@link #count()}, {@link #count(Operation)}, {@link #attemptCount(Operation)})
 * cover every call since the last {@link #clear()}, dropped or not, so the fake's assertions on how many
 * calls of an operation were received stay exact.
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

    /**
     * How many calls were recorded since the last {@link #clear()}, including those whose details were dropped.
     *
     * @return the number of calls
     */
    default long count() {
        return calls().size() + dropped();
    }

    /**
     * How many calls of an operation were recorded since the last {@link #clear()}, including those whose
     * details were dropped.
     *
     * @param operation the operation
     * @return the number of its calls
     */
    default long count(Operation operation) {
        return calls(operation).size();
    }

    /**
     * How many HTTP attempts the calls of an operation made since the last {@link #clear()} (the SDK's retries
     * included), including calls whose details were dropped.
     *
     * @param operation the operation
     * @return the number of its attempts
     */
    default long attemptCount(Operation operation) {
        return calls(operation).stream()
                .mapToLong(call -> call.attempts().size())
                .sum();
    }

    /**
     * How many calls were dropped from {@link #calls()} since the last {@link #clear()} because the journal
     * keeps only the latest {@link #limit()}.
     *
     * @return the number of dropped calls; 0 while the journal holds every call
     */
    default long dropped() {
        return 0;
    }

    /**
     * How many of the latest calls the journal keeps the details of; 0 means it keeps counts only.
     *
     * @return the limit
     */
    default int limit() {
        return Integer.MAX_VALUE;
    }

    /** Forgets every recorded call, the counts and the marks; the next call is numbered 1 again. */
    void clear();
}
