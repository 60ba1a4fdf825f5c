package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.internal.json.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Error answers in the shapes the service's front end uses: the JSON {@code {"__type","message"}} of
 * operations, and the few other shapes of requests it cannot route (see docs/fidelity.md, "Front door").
 * Public so injected faults (internal.fault) answer with exactly the bytes of a real service error.
 */
public final class ErrorResponses {

    private ErrorResponses() {}

    /** The usual error: {@code {"__type": code, "message": text}} with {@code x-amzn-ErrorType: code:}. */
    @Behaviour(id = "protocol.error-body", status = CONFIRMED)
    public static WireResponse json(String requestId, int status, String code, String message) {
        return json(requestId, status, code, "message", message);
    }

    /**
     * @param messageKey {@code message} for operation errors; Coral's type-conversion errors use {@code Message}
     * @param message null for errors the service sends without one; at most {@link Bounds#MAX_MESSAGE} characters
     *     of it are sent
     */
    static WireResponse json(String requestId, int status, String code, String messageKey, String message) {
        // One bound for the body and the header alike, so both always carry the same text.
        String text = message == null ? null : Bounds.atMost(message, Bounds.MAX_MESSAGE);
        ObjectNode body = JsonTree.object().put("__type", code);
        if (text != null) {
            body.put(messageKey, text);
        }
        byte[] bytes = write(body);
        Map<String, String> headers = Headers.of(requestId, Headers.JSON_1_1, bytes.length);
        headers.put(Headers.ERROR_TYPE, code + ":");
        if (text != null) {
            headers.put(Headers.ERROR_MESSAGE, Headers.printableAscii(text));
        }
        return new WireResponse(status, headers, bytes);
    }

    /** A body the front end sends when it cannot map the request to an operation at all. */
    static WireResponse raw(String requestId, int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new WireResponse(status, Headers.of(requestId, contentType, bytes.length), bytes);
    }

    private static byte[] write(ObjectNode body) {
        return RecordCodec.toBytes(body);
    }
}
