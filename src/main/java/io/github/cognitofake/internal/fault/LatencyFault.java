package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.FaultKind;
import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import java.io.IOException;
import java.time.Duration;

/**
 * A delay before the answer. The transport does the waiting (interruptibly, or on a timer for async
 * clients) so the SDK's timeouts can cut it short; this action only says how long.
 */
final class LatencyFault implements FaultAction {

    private final Duration delay;

    LatencyFault(Duration delay) {
        this.delay = delay;
    }

    @Override
    public InjectedFault describe() {
        return new InjectedFault(FaultKind.LATENCY, "+" + delay.toMillis() + " ms");
    }

    @Override
    public Duration delay() {
        return delay;
    }

    @Override
    public boolean answers() {
        return false;
    }

    @Override
    public Delivery respond(WireRequest request, WireHandler service) throws IOException {
        return Delivery.answer(service.handle(request));
    }
}
