package io.github.cognitofake.server;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.protocol.ErrorResponses;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A request the server answers itself, before the fake sees it, because it cannot or will not read it as an
 * HTTP/1.1 request: the status, and the error code and message of the JSON answer, which has the shape of
 * every other error of the service ({@code {"__type","message"}}, {@code x-amzn-ErrorType},
 * {@code x-amzn-ErrorMessage}, {@code x-amzn-RequestId}). The connection is closed after the answer.
 */
final class HttpRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    /** The codes of the server's own refusals: not the service's, so they say whose they are. */
    static final String BAD_REQUEST = "CognitoIdentityFakeBadRequestException";

    static final String HEADERS_TOO_LARGE = "CognitoIdentityFakeRequestHeadersTooLargeException";
    static final String URI_TOO_LONG = "CognitoIdentityFakeRequestLineTooLongException";
    static final String TIMEOUT = "CognitoIdentityFakeRequestTimeoutException";
    static final String NOT_IMPLEMENTED = "CognitoIdentityFakeNotImplementedException";
    static final String VERSION_NOT_SUPPORTED = "CognitoIdentityFakeHttpVersionNotSupportedException";
    static final String TOO_MANY_CONNECTIONS = "CognitoIdentityFakeTooManyConnectionsException";
    static final String TOO_BUSY = "CognitoIdentityFakeTooBusyException";
    static final String INTERNAL = "InternalErrorException";

    private final int status;
    private final String code;

    private HttpRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static HttpRefusal badRequest(String message) {
        return new HttpRefusal(400, BAD_REQUEST, message);
    }

    @Behaviour(id = "server.malformed-http", status = UNCONFIRMED)
    static HttpRefusal of(int status, String code, String message) {
        return new HttpRefusal(status, code, message);
    }

    /**
     * 413 with an empty body, as AWS's JSON front end answers an oversized request (seen from DynamoDB): the
     * one refusal that is not JSON, kept as it was.
     */
    @Behaviour(id = "server.too-large-answer", status = UNCONFIRMED)
    static HttpRefusal tooLarge(long limit) {
        return new HttpRefusal(413, null, "request body over " + limit + " bytes");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The answer, with a fresh request id. */
    WireResponse response() {
        String requestId = UUID.randomUUID().toString();
        if (code == null) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("x-amzn-RequestId", requestId);
            return new WireResponse(status, headers, new byte[0]);
        }
        return ErrorResponses.json(requestId, status, code, getMessage());
    }

    /** A piece of what the client sent, safe to quote in a message: printable ASCII, at most 60 characters. */
    static String quote(CharSequence text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 60; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c & 0xff));
            }
        }
        return text.length() > 60 ? out + "..." : out.toString();
    }
}
