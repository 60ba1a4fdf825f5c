package io.github.cognitofake.internal.journal;

import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.journal.CallJournal;
import io.github.cognitofake.journal.CallSource;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.operation.Operation;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * numbers over: a recycled fake's first call in a new test is {@code #1} again.
 *
 * <p>It keeps the details (request, response, attempts) of the latest {@link #limit()} calls and drops the
 * oldest beyond that, so a fake that answers millions of calls holds a bounded amount of memory. Counts are
 * kept for every call, dropped or not: {@link #count(Operation)} and {@link #attemptCount(Operation)} stay
 * exact whatever the limit.
 */
public final class Journal implements CallJournal {

    /** How many calls a journal keeps the details of unless told otherwise. */
    public static final int DEFAULT_LIMIT = 10_000;

    static final String CALL_HEADER = "x-cognito-identity-fake-call";
    private static final String INVOCATION_HEADER = "amz-sdk-invocation-id";
    // Invocation ids of wire calls remembered for joining their retries, at least this many whatever the limit.
    private static final int MIN_WIRE_CALLS = 256;
    private static final int NO_OPERATION = Operation.values().length;

    private final String journalId = IdSource.random().uuid();
    private final int limit;
    private final ArrayDeque<CallRecord> calls = new ArrayDeque<>(); // guarded by this
    private final Map<String, CallRecord> openCalls = new ConcurrentHashMap<>();
    private final Map<String, CallRecord> wireCalls; // guarded by this
    private final Set<Long> verified = new HashSet<>(); // guarded by this
    // Per operation (the last slot: calls of no known operation), since the last clear: never dropped.
    private final long[] callCounts = new long[NO_OPERATION + 1]; // guarded by this
    private final long[] attemptCounts = new long[NO_OPERATION + 1]; // guarded by this
    private long sequence; // guarded by this; starts over at clear(), so every test's calls are numbered from 1
    // The header's call ids never restart: an attempt in flight across a clear can never join a newer call.
    private final AtomicLong callIds = new AtomicLong();
    private long total; // guarded by this
    private long dropped; // guarded by this

    /** A journal that keeps the details of the latest {@value #DEFAULT_LIMIT} calls. */
    public Journal() {
        this(DEFAULT_LIMIT);
    }

    /**
     * @param limit how many of the latest calls keep their details; 0 keeps counts only
     * @throws IllegalArgumentException if the limit is negative
     */
    public Journal(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A journal limit cannot be negative; got " + limit + ".");
        }
        this.limit = limit;
        int wireLimit = Math.max(limit, MIN_WIRE_CALLS);
        this.wireCalls = new Latest<>(wireLimit);
    }

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
        synchronized (this) {
            if (call == null) {
                Optional<String> invocation = request.header(INVOCATION_HEADER);
                call = invocation.isPresent()
                        ? wireCalls.computeIfAbsent(
                                invocation.get(), id -> append(operation.orElse(null), CallSource.WIRE, null))
                        : append(operation.orElse(null), CallSource.WIRE, null);
            }
            attemptCounts[slot(call.operation().orElse(null))]++;
        }
        return new AttemptRecording(call);
    }

    private synchronized CallRecord append(Operation operation, CallSource source, CognitoIdentityRequest request) {
        CallRecord call = new CallRecord(
                ++sequence, operation, source, request, Thread.currentThread().getName());
        callCounts[slot(operation)]++;
        total++;
        calls.addLast(call);
        while (calls.size() > limit) {
            CallRecord oldest = calls.removeFirst();
            verified.remove(oldest.sequence());
            dropped++;
        }
        return call;
    }

    private static int slot(Operation operation) {
        return operation == null ? NO_OPERATION : operation.ordinal();
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
    public synchronized long count() {
        return total;
    }

    @Override
    public synchronized long count(Operation operation) {
        return callCounts[slot(Objects.requireNonNull(operation, "operation"))];
    }

    @Override
    public synchronized long attemptCount(Operation operation) {
        return attemptCounts[slot(Objects.requireNonNull(operation, "operation"))];
    }

    @Override
    public synchronized long dropped() {
        return dropped;
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public synchronized void markVerified(Collection<RecordedCall> checked) {
        checked.forEach(call -> verified.add(call.sequence()));
    }

    @Override
    public synchronized List<RecordedCall> unverified() {
        return calls.stream()
                .filter(call -> !verified.contains(call.sequence()))
                .map(RecordedCall.class::cast)
                .toList();
    }

    @Override
    public synchronized void clear() {
        sequence = 0;
        calls.clear();
        openCalls.clear();
        wireCalls.clear();
        verified.clear();
        Arrays.fill(callCounts, 0);
        Arrays.fill(attemptCounts, 0);
        total = 0;
        dropped = 0;
    }

    /** A map that keeps its latest {@code limit} entries, dropping the eldest. */
    private static final class Latest<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int limit;

        Latest(int limit) {
            this.limit = limit;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > limit;
        }
    }
}
