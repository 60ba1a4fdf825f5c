package io.github.cognitofake.internal.journal;

import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.journal.RecordedAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Records the end of one HTTP attempt on its call, once, whichever way the attempt ends. */
public final class AttemptRecording {

    private static final String ERROR_TYPE = "x-amzn-ErrorType";

    private final CallRecord call;
    private final int number;
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();
    private List<InjectedFault> faults = List.of();
    private boolean recorded;

    AttemptRecording(CallRecord call) {
        this.call = call;
        this.number = call.nextAttemptNumber();
    }

    /**
     * The faults the plan applied to this attempt. Synchronized like {@link #record}: the attempt may end on
     * another thread (an async completion, a timeout) than the one that applied the faults.
     *
     * @param applied the faults, in rule order
     */
    public synchronized void faults(List<InjectedFault> applied) {
        this.faults = List.copyOf(applied);
    }

    /** The attempt was answered. */
    public void answered(WireResponse response) {
        String errorType = response.headers().get(ERROR_TYPE);
        String code = errorType == null ? null : errorType.split(":", 2)[0];
        record(response.status(), code, response.requestId(), null);
    }

    /** The attempt got no answer: the connection broke or the client gave up. */
    public void failed(Throwable reason) {
        record(0, null, null, String.valueOf(reason.getMessage()));
    }

    private synchronized void record(int status, String code, String requestId, String failure) {
        if (recorded) {
            return;
        }
        recorded = true;
        call.addAttempt(new RecordedAttempt(
                number,
                startedAt,
                Duration.ofNanos(System.nanoTime() - startNanos),
                status,
                code,
                requestId,
                failure,
                faults));
    }
}
