package io.github.cognitofake.internal.journal;

import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.journal.CallJournal;
import io.github.cognitofake.journal.CallSource;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.operation.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;

/**
 * The journal of one fake. SDK calls are opened by the {@link RecordingInterceptor} and found again by
 * their attempts through a header it adds; the header carries this journal's own id, so a call can never
 * be filed in another fake's journal.
 *
 * <p>Calls are numbered from 1 in the order they start, and {@link #clear()} (so a fake's reset) starts the
 * numbers over: a recycled fake's first call in a new test is {@code #1} again. The header's call ids come from
 * a counter of their own that never restarts, so an attempt of a call still in flight across a clear can never
 * be filed under a newer call that got the same number.
 */
public final class Journal implements CallJournal {

    static final String CALL_HEADER = "x-cognito-identity-fake-call";
    private static final String INVOCATION_HEADER = "amz-sdk-invocation-id";

    private final String journalId = IdSource.random().uuid();
    private final List<CallRecord> calls = new ArrayList<>(); // guarded by this
    private final Map<String, CallRecord> openCalls = new ConcurrentHashMap<>();
    private final Map<String, CallRecord> wireCalls = new ConcurrentHashMap<>();
    private final Set<Long> verified = ConcurrentHashMap.newKeySet();
    private final AtomicLong callIds = new AtomicLong();
    private long sequence; // guarded by this

    /** Opens an SDK call; its id goes into the call header of every attempt. */
    String open(Operation operation, CognitoIdentityRequest request) {
        CallRecord call = append(operation, CallSource.SDK_CLIENT, request);
        String id = journalId + ":" + callIds.incrementAndGet();
        openCalls.put(id, call);
        return id;
    }

    CallRecord openCall(String id) {
        return openCalls.get(id);
    }

    void close(String id) {
        openCalls.remove(id);
    }

    /** Starts recording one HTTP attempt on its call, which is opened from the wire if no SDK call claims it. */
    public AttemptRecording attempt(WireRequest request, Optional<Operation> operation) {
        CallRecord call = request.header(CALL_HEADER).map(openCalls::get).orElse(null);
        if (call == null) {
            Optional<String> invocation = request.header(INVOCATION_HEADER);
            call = invocation.isPresent()
                    ? wireCalls.computeIfAbsent(
                            invocation.get(), id -> append(operation.orElse(null), CallSource.WIRE, null))
                    : append(operation.orElse(null), CallSource.WIRE, null);
        }
        return new AttemptRecording(call);
    }

    private synchronized CallRecord append(Operation operation, CallSource source, CognitoIdentityRequest request) {
        CallRecord call = new CallRecord(
                ++sequence, operation, source, request, Thread.currentThread().getName());
        calls.add(call);
        return call;
    }

    @Override
    public synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    @Override
    public List<RecordedCall> calls(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        return calls().stream()
                .filter(call -> call.operation().filter(operation::equals).isPresent())
                .toList();
    }

    @Override
    public List<RecordedCall> calls(Class<? extends CognitoIdentityRequest> requestType) {
        Objects.requireNonNull(requestType, "requestType");
        return calls().stream()
                .filter(call -> call.request().filter(requestType::isInstance).isPresent())
                .toList();
    }

    @Override
    public <R extends CognitoIdentityRequest> List<R> requests(Class<R> requestType) {
        return calls(requestType).stream()
                .map(call -> call.request(requestType).orElseThrow())
                .toList();
    }

    @Override
    public void markVerified(Collection<RecordedCall> checked) {
        checked.forEach(call -> verified.add(call.sequence()));
    }

    @Override
    public List<RecordedCall> unverified() {
        return calls().stream()
                .filter(call -> !verified.contains(call.sequence()))
                .toList();
    }

    /** Forgets every call and starts the numbering over at 1. */
    @Override
    public synchronized void clear() {
        sequence = 0;
        calls.clear();
        openCalls.clear();
        wireCalls.clear();
        verified.clear();
    }
}
