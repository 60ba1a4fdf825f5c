package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import java.io.IOException;
import java.time.Duration;

/** What a fault rule does to an attempt it fires on. */
interface FaultAction {

    /** How the journal and the rule's description name this action. */
    InjectedFault describe();

    /** The extra wait before the attempt is answered; only latency waits. */
    default Duration delay() {
        return Duration.ZERO;
    }

    /** False only for latency: it delays the attempt and lets later rules or the service answer it. */
    default boolean answers() {
        return true;
    }

    /**
     * How the attempt is answered, asking the service first when the fault damages a real answer.
     *
     * @throws IOException when the service itself cannot answer (a closed fake)
     */
    Delivery respond(WireRequest request, WireHandler service) throws IOException;
}
