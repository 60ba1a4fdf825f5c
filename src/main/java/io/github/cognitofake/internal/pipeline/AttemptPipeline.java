package io.github.cognitofake.internal.pipeline;

import io.github.cognitofake.internal.fault.FaultPlan;
import io.github.cognitofake.internal.fault.Injection;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.journal.AttemptRecording;
import io.github.cognitofake.internal.journal.Journal;
import io.github.cognitofake.internal.journal.Strictness;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.operation.Operation;
import java.util.Optional;

/**
 * The path of every HTTP attempt, whichever transport carries it: the journal files it under its call,
 * strictness may refuse it, the fault plan decides, then the transport waits out any latency in its own
 * way, then the fault or the service answers.
 */
public final class AttemptPipeline {

    private static final String TARGET_PREFIX = ServiceModel.cognitoIdentity().targetPrefix() + ".";

    private final FaultPlan faults;
    private final Journal journal;
    private final Strictness strictness;
    private final WireHandler service;

    /** @param service the fake's own answer (closed check, then the protocol) for attempts no fault answers */
    public AttemptPipeline(FaultPlan faults, Journal journal, Strictness strictness, WireHandler service) {
        this.faults = faults;
        this.journal = journal;
        this.strictness = strictness;
        this.service = service;
    }

    /** Starts an attempt: it is recorded and its faults are decided now, before any waiting. */
    public PendingAttempt begin(WireRequest request) {
        Optional<Operation> operation = request.operation(TARGET_PREFIX);
        AttemptRecording recording = journal.attempt(request, operation);
        Optional<WireResponse> refusal = strictness.check(operation);
        if (refusal.isPresent()) {
            WireResponse answer = refusal.get();
            return new PendingAttempt(request, Injection.answering(answer), service, recording);
        }
        Injection injection = faults.decide(request, operation);
        recording.faults(injection.applied());
        return new PendingAttempt(request, injection, service, recording);
    }
}
