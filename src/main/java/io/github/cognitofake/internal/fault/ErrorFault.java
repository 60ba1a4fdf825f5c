package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.FaultKind;
import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.protocol.ErrorResponses;
import io.github.cognitofake.internal.service.common.IdSource;

/**
 * An error answer built exactly like the service's own ({@code {"__type","message"}}, x-amzn-ErrorType,
 * a fresh x-amzn-RequestId), so the SDK unmarshals, classifies and retries it as in production.
 */
final class ErrorFault implements FaultAction {

    private static final IdSource REQUEST_IDS = IdSource.random();

    private final int status;
    private final String code;
    private final String message;

    ErrorFault(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    @Override
    public InjectedFault describe() {
        return new InjectedFault(
                FaultKind.ERROR, code + " (HTTP " + status + ")" + (message == null ? "" : ": " + message));
    }

    @Override
    public Delivery respond(WireRequest request, WireHandler service) {
        return Delivery.answer(ErrorResponses.json(REQUEST_IDS.uuid(), status, code, message));
    }
}
