package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.FaultKind;
import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import java.io.IOException;
import java.net.SocketException;

/**
 * A connection the peer reset. A {@link SocketException} with the JDK's own text is what an HTTP client
 * reports for a real reset, and the SDK retries it like any {@link IOException}.
 */
final class ConnectionResetFault implements FaultAction {

    static final String MESSAGE = "Connection reset";

    private final boolean afterProcessing;

    ConnectionResetFault(boolean afterProcessing) {
        this.afterProcessing = afterProcessing;
    }

    @Override
    public InjectedFault describe() {
        return afterProcessing
                ? new InjectedFault(
                        FaultKind.CONNECTION_RESET_AFTER_PROCESSING,
                        "connection reset after the service handled the request")
                : new InjectedFault(FaultKind.CONNECTION_RESET, "connection reset before the service saw the request");
    }

    @Override
    public Delivery respond(WireRequest request, WireHandler service) throws IOException {
        if (afterProcessing) {
            service.handle(request); // the change happens; only its answer is lost
        }
        return Delivery.broken(new SocketException(MESSAGE));
    }
}
