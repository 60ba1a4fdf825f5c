package io.github.cognitofake.internal.pipeline;

import io.github.cognitofake.internal.fault.FaultPlan;
import io.github.cognitofake.internal.fault.Injection;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.journal.AttemptRecording;
import io.github.cognitofake.internal.journal.Journal;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.operation.Operation;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The path of every HTTP attempt, whichever transport carries it: the journal files it under its call,
 * strictness may refuse it, the fault plan decides, then the transport waits out any latency in its own
 * way, then the fault or the protocol answers, as a {@link Delivery} the transport carries out.
 */
public final class AttemptPipeline {

    private static final String TARGET_PREFIX = ServiceModel.cognitoIdentity().targetPrefix() + ".";
    private static final String CLOSED = "This CognitoIdentityFake is closed; create a new one for further calls.";

    private final FaultPlan faults;
    private final Journal journal;
    private final ExpectedCalls strictness;
    private final WireHandler service;

    /**
     * @param protocol the service's own answer for attempts no fault answers
     * @param closed whether the fake is closed: an attempt to a closed fake breaks like a refused connection
     */
    public AttemptPipeline(
            FaultPlan faults,
            Journal journal,
            ExpectedCalls strictness,
            AwsJsonProtocol protocol,
            BooleanSupplier closed) {
        this.faults = faults;
        this.journal = journal;
        this.strictness = strictness;
        this.service = request -> {
            if (closed.getAsBoolean()) {
                throw new IOException(CLOSED);
            }
            return protocol.handle(request);
        };
    }

    /** Starts an attempt: it is recorded and its faults are decided now, before any waiting. */
    public PendingAttempt begin(WireRequest request) {
        Optional<Operation> operation = request.operation(TARGET_PREFIX);
        AttemptRecording recording = journal.attempt(request, operation);
        Optional<WireResponse> refusal = strictness.check(operation);
        if (refusal.isPresent()) {
            // Strictness is not a fault: its refusal is never listed among the attempt's injected faults.
            Delivery refused = Delivery.answer(refusal.get());
            return new PendingAttempt(Duration.ZERO, () -> refused, recording);
        }
        Injection injection = faults.decide(request, operation);
        recording.faults(injection.applied());
        return new PendingAttempt(injection.delay(), () -> injection.respond(request, service), recording);
    }
}
