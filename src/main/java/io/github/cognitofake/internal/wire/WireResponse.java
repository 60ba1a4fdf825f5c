package io.github.cognitofake.internal.wire;

import java.util.Map;

/** An HTTP response of the service: status, headers in the order they are sent, and the body. */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {

    public String requestId() {
        return headers.get(Headers.REQUEST_ID);
    }
}
