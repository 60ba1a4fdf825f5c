package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
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

    /** An attempt answered with a fixed response, without consulting any rule (strictness refusals). */
    public static Injection answering(WireResponse response) {
        return new Injection(Duration.ZERO, new FixedAnswer(response), List.of());
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
     * Answers the attempt: the firing fault, or the service itself.
     *
     * @throws IOException when the fault breaks the connection (or the service is closed)
     */
    public WireResponse respond(WireRequest request, WireHandler service) throws IOException {
        return answer == null ? service.handle(request) : answer.respond(request, service);
    }

    private record FixedAnswer(WireResponse response) implements FaultAction {
        @Override
        public InjectedFault describe() {
            throw new UnsupportedOperationException("a fixed answer is not a fault");
        }

        @Override
        public WireResponse respond(WireRequest request, WireHandler service) {
            return response;
        }
    }
}
