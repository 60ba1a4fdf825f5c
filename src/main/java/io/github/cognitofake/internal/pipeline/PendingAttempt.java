package io.github.cognitofake.internal.pipeline;

import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.journal.AttemptRecording;
import java.io.IOException;
import java.time.Duration;

/** One HTTP attempt whose faults are decided: the transport waits {@link #delay()}, then asks for the answer. */
public final class PendingAttempt {

    /** What answers the attempt once its latency is over: a fault, strictness, or the service. */
    @FunctionalInterface
    interface Answer {
        Delivery deliver() throws IOException;
    }

    private final Duration delay;
    private final Answer answer;
    private final AttemptRecording recording;

    PendingAttempt(Duration delay, Answer answer, AttemptRecording recording) {
        this.delay = delay;
        this.answer = answer;
        this.recording = recording;
    }

    /** The injected latency to wait before {@link #complete()}; zero normally. */
    public Duration delay() {
        return delay;
    }

    /** How the attempt is answered, recorded in the journal; the transport carries it out. */
    public Delivery complete() {
        Delivery delivery;
        try {
            delivery = answer.deliver();
        } catch (IOException unanswerable) {
            delivery = Delivery.broken(unanswerable);
        } catch (RuntimeException defect) {
            recording.failed(defect);
            throw defect;
        }
        try {
            delivery.carry(new Delivery.Carrier<Void>() {
                @Override
                public Void answer(WireResponse response) {
                    recording.answered(response);
                    return null;
                }

                @Override
                public Void truncated(WireResponse prefix, int advertisedLength) {
                    recording.answered(prefix);
                    return null;
                }

                @Override
                public Void broken(IOException failure) {
                    recording.failed(failure);
                    return null;
                }
            });
        } catch (IOException impossible) {
            throw new IllegalStateException("recording a delivery cannot fail", impossible);
        }
        return delivery;
    }

    /** The client gave up on the attempt during its latency (timeout or abort): the service never sees it. */
    public void abandon(Throwable reason) {
        recording.failed(reason);
    }
}
