package io.github.cognitofake.journal;

import io.github.cognitofake.fault.InjectedFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One HTTP attempt of a recorded call, as the service saw it. Faults count HTTP attempts, so each
 * injected fault shows up on the attempt it hit.
 */
public final class RecordedAttempt {

    private final int number;
    private final Instant startedAt;
    private final Duration duration;
    private final int status;
    private final String errorCode;
    private final String requestId;
    private final String failure;
    private final List<InjectedFault> faults;

    /**
     * Made by the fake's journal.
     *
     * @param status    the HTTP status answered, or 0 when no answer was sent
     * @param errorCode the error code answered ({@code __type}), or null
     * @param requestId the {@code x-amzn-RequestId} answered, or null
     * @param failure   why no answer was sent (connection reset, attempt abandoned), or null
     * @param number 1 for the first attempt of the call
     * @param startedAt when the attempt reached the fake
     * @param duration how long it took
     * @param faults the faults injected into it
     */
    public RecordedAttempt(
            int number,
            Instant startedAt,
            Duration duration,
            int status,
            String errorCode,
            String requestId,
            String failure,
            List<InjectedFault> faults) {
        this.number = number;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.duration = Objects.requireNonNull(duration, "duration");
        this.status = status;
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.failure = failure;
        this.faults = List.copyOf(faults);
    }

    /**
     * 1 for the first attempt of the call, 2 for the SDK's first retry, ...
     *
     * @return the attempt's number within its call
     */
    public int number() {
        return number;
    }

    /** {@return when the attempt reached the fake} */
    public Instant startedAt() {
        return startedAt;
    }

    /**
     * From the attempt reaching the fake to its answer (or failure), injected latency included.
     *
     * @return how long the attempt took
     */
    public Duration duration() {
        return duration;
    }

    /** {@return the HTTP status answered; empty when the connection broke or the client gave up before an answer} */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** {@return the error code of an error answer, such as {@code TooManyRequestsException}} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return the request id the fake answered with} */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** {@return why the attempt got no answer, such as {@code "Connection reset"}} */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** {@return the faults injected into this attempt, in rule order; empty for an untouched attempt} */
    public List<InjectedFault> faults() {
        return faults;
    }

    /** {@return a line such as {@code attempt 1: 400 TooManyRequestsException (fault: [...])}} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("attempt ").append(number).append(": ");
        if (status != 0) {
            out.append(status);
            if (errorCode != null) {
                out.append(' ').append(errorCode);
            }
        } else {
            out.append(failure == null ? "no answer" : failure);
        }
        if (!faults.isEmpty()) {
            out.append(" (fault: ").append(faults).append(')');
        }
        return out.toString();
    }
}
