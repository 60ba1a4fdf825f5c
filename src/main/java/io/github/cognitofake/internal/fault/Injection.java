package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * What the fault plan decided for one attempt: how long to wait first, and who answers (a fault or the
 * service). The transport does the waiting so that it can honour the SDK's timeouts.
 */
public final class Injection {

    static final Injection NONE = new Injection(Duration.ZERO, null, List.of());

    private final Duration delay;
    private final FaultAction answer; // null: the service answers
    private final List<InjectedFault> applied;

    Injection(Duration delay, FaultAction answer, List<InjectedFault> applied) {
        this.delay = delay;
        this.answer = answer;
        this.applied = List.copyOf(applied);
    }

    /** How long the transport waits before {@link #respond}; zero when no latency fault fired. */
    public Duration delay() {
        return delay;
    }

    /** Every fault that fired on this attempt, in rule order (latency first if any), for the journal. */
    public List<InjectedFault> applied() {
        return applied;
    }

    /**
     * How the attempt is answered: by the firing fault, or by the service itself.
     *
     * @throws IOException when the service cannot answer (a closed fake)
     */
    public Delivery respond(WireRequest request, WireHandler service) throws IOException {
        return answer == null ? Delivery.answer(service.handle(request)) : answer.respond(request, service);
    }
}
