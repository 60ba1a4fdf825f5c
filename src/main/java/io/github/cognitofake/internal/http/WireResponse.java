package io.github.cognitofake.internal.http;

import java.util.Map;

/** An HTTP response of the service: status, headers in the order they are sent, and the body. */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {

    /** The header that carries the id of the request an answer is for. */
    public static final String REQUEST_ID = "x-amzn-RequestId";

    public String requestId() {
        return headers.get(REQUEST_ID);
    }
}
