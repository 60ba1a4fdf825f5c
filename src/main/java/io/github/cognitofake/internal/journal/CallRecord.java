package io.github.cognitofake.internal.journal;

import io.github.cognitofake.journal.CallSource;
import io.github.cognitofake.journal.RecordedAttempt;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.operation.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityResponse;

/**
 * The journal's mutable record of one call. Written by the SDK's interceptor thread and by the threads
 * carrying its attempts, read by assertions: every access is synchronized on the record.
 */
final class CallRecord implements RecordedCall {

    private final long sequence;
    private final Operation operation;
    private final CallSource source;
    private final CognitoIdentityRequest request;
    private final Instant startedAt;
    private final long startNanos;
    private final String threadName;
    private final List<RecordedAttempt> attempts = new ArrayList<>(1);
    private CognitoIdentityResponse response;
    private Throwable failure;
    private Duration duration;
    private boolean wireSucceeded;

    CallRecord(
            long sequence, Operation operation, CallSource source, CognitoIdentityRequest request, String threadName) {
        this.sequence = sequence;
        this.operation = operation;
        this.source = source;
        this.request = request;
        this.threadName = threadName;
        this.startedAt = Instant.now();
        this.startNanos = System.nanoTime();
    }

    synchronized int nextAttemptNumber() {
        return attempts.size() + 1;
    }

    synchronized void addAttempt(RecordedAttempt attempt) {
        attempts.add(attempt);
        if (source == CallSource.WIRE) {
            // A wire call has no end of its own: its latest attempt's answer stands for the call.
            duration = Duration.ofNanos(System.nanoTime() - startNanos);
            wireSucceeded = attempt.status().orElse(0) / 100 == 2;
        }
    }

    synchronized void succeed(CognitoIdentityResponse answer) {
        response = answer;
        duration = Duration.ofNanos(System.nanoTime() - startNanos);
    }

    synchronized void fail(Throwable error) {
        failure = error;
        duration = Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public long sequence() {
        return sequence;
    }

    @Override
    public Optional<Operation> operation() {
        return Optional.ofNullable(operation);
    }

    @Override
    public CallSource source() {
        return source;
    }

    @Override
    public Optional<CognitoIdentityRequest> request() {
        return Optional.ofNullable(request);
    }

    @Override
    public synchronized Optional<CognitoIdentityResponse> response() {
        return Optional.ofNullable(response);
    }

    @Override
    public synchronized Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public synchronized boolean completed() {
        return duration != null;
    }

    @Override
    public synchronized boolean succeeded() {
        return source == CallSource.WIRE ? wireSucceeded : response != null;
    }

    @Override
    public synchronized List<RecordedAttempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public synchronized Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    @Override
    public String threadName() {
        return threadName;
    }

    @Override
    public synchronized String toString() {
        StringBuilder out = new StringBuilder("#")
                .append(sequence)
                .append(' ')
                .append(operation == null ? "(no operation)" : operation.wireName());
        out.append(' ').append(request == null ? "(from the wire)" : request.toString());
        if (failure != null) {
            out.append(" -> ").append(failure.getClass().getSimpleName());
        } else if (response != null) {
            out.append(" -> ok");
        } else if (source == CallSource.WIRE && !attempts.isEmpty()) {
            out.append(" -> ").append(attempts.get(attempts.size() - 1));
        } else {
            out.append(" -> in progress");
        }
        out.append(", ").append(attempts.size()).append(attempts.size() == 1 ? " attempt" : " attempts");
        out.append(" [").append(threadName).append(']');
        return out.toString();
    }
}
