package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.FaultKind;
import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireHandler;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Damages the service's real answer after the service handled the request: either a body that is not
 * JSON, or a body cut short of its Content-Length ({@link Delivery#truncated}: each transport then breaks
 * off after the bytes that arrived, as a connection that drops mid-body does).
 */
final class CorruptBodyFault implements FaultAction {

    static final String CONTENT_LENGTH = "Content-Length";
    static final byte[] MALFORMED = "{\"IdentityPoolId\": <html>502 Bad Gateway".getBytes(StandardCharsets.UTF_8);
    /** An empty answer has nothing to cut: it then claims the two bytes of an empty JSON object. */
    private static final int LENGTH_CLAIMED_BY_EMPTY_BODY = 2;

    private final boolean truncate;

    CorruptBodyFault(boolean truncate) {
        this.truncate = truncate;
    }

    @Override
    public InjectedFault describe() {
        return truncate
                ? new InjectedFault(FaultKind.TRUNCATED_BODY, "body cut short of its Content-Length")
                : new InjectedFault(FaultKind.MALFORMED_BODY, "body replaced by bytes that are not JSON");
    }

    @Override
    public Delivery respond(WireRequest request, WireHandler service) throws IOException {
        WireResponse real = service.handle(request);
        Map<String, String> headers = new LinkedHashMap<>(real.headers());
        if (truncate) {
            byte[] body = real.body();
            int advertised = body.length == 0 ? LENGTH_CLAIMED_BY_EMPTY_BODY : body.length;
            headers.put(CONTENT_LENGTH, Integer.toString(advertised));
            return Delivery.truncated(
                    new WireResponse(real.status(), headers, Arrays.copyOf(body, body.length / 2)), advertised);
        }
        headers.put(CONTENT_LENGTH, Integer.toString(MALFORMED.length));
        return Delivery.answer(new WireResponse(real.status(), headers, MALFORMED.clone()));
    }
}
