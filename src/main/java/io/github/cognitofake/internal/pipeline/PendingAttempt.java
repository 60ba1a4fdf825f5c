package io.github.cognitofake.internal.pipeline;

import io.github.cognitofake.internal.fault.Injection;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.journal.AttemptRecording;
import java.io.IOException;
import java.time.Duration;

/** One HTTP attempt whose faults are decided: the transport waits {@link #delay()}, then asks for the answer. */
public final class PendingAttempt {

    private final WireRequest request;
    private final Injection injection;
    private final WireHandler service;
    private final AttemptRecording recording;

    PendingAttempt(WireRequest request, Injection injection, WireHandler service, AttemptRecording recording) {
        this.request = request;
        this.injection = injection;
        this.service = service;
        this.recording = recording;
    }

    /** The injected latency to wait before {@link #complete()}; zero normally. */
    public Duration delay() {
        return injection.delay();
    }

    /**
     * The answer of the attempt, recorded in the journal.
     *
     * @throws IOException when a fault breaks the connection
     */
    public WireResponse complete() throws IOException {
        try {
            WireResponse response = injection.respond(request, service);
            recording.answered(response);
            return response;
        } catch (IOException | RuntimeException failure) {
            recording.failed(failure);
            throw failure;
        }
    }

    /** The client gave up on the attempt during its latency (timeout or abort): the service never sees it. */
    public void abandon(Throwable reason) {
        recording.failed(reason);
    }
}
