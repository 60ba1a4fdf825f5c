package io.github.cognitofake.server;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What the server does with a connection once a request is answered: the bytes to write, then keep the
 * connection for the next request, close it, or cut it (a truncated-body fault). {@link #drop()} writes
 * nothing at all: a connection-reset fault.
 */
record Answer(ByteBuffer bytes, After after) {

    enum After {
        /** Read the next request. */
        KEEP_ALIVE,
        /** Finish sending, then close: the client reads the whole answer, then the end of the stream. */
        CLOSE,
        /** Close as soon as the bytes are written, unread input or not: the answer is cut short on purpose. */
        CUT
    }

    private static final String CONTENT_LENGTH = "Content-Length";
    private static final String CONNECTION = "Connection";
    private static final String DATE = "Date";

    static Answer drop() {
        return new Answer(ByteBuffer.allocate(0), After.CUT);
    }

    /** The interim answer to {@code Expect: 100-continue}. */
    static ByteBuffer continueInterim() {
        return ByteBuffer.wrap("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The server's own refusal: JSON in the service's error shape, then the connection is closed. */
    static Answer refusal(HttpRefusal refusal) {
        return of(refusal.response(), false, false);
    }

    /**
     * The service's answer as HTTP/1.1 bytes: its headers in its order and spelling, a Content-Length (more than
     * the body only for a truncated delivery, which then cuts the connection), no body for HEAD.
     *
     * @param keepAlive whether the request allows another on the connection; else the answer says
     *     {@code Connection: close}
     */
    static Answer of(WireResponse response, boolean head, boolean keepAlive) {
        return of(response, response.body().length, head, keepAlive);
    }

    /**
     * An answer announcing {@code advertised} bytes: more than the body only for a truncated delivery, which
     * then cuts the connection after the bytes that arrived.
     */
    @Behaviour(id = "server.header-name-case", status = UNCONFIRMED)
    @Behaviour(id = "server.head-request", status = UNCONFIRMED)
    static Answer of(WireResponse response, long advertised, boolean head, boolean keepAlive) {
        byte[] body = response.body();
        StringBuilder text = new StringBuilder(256)
                .append("HTTP/1.1 ")
                .append(response.status())
                .append(' ')
                .append(reason(response.status()))
                .append("\r\n");
        boolean dated = false;
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase(CONTENT_LENGTH) || name.equalsIgnoreCase(CONNECTION)) {
                continue;
            }
            dated |= name.equalsIgnoreCase(DATE);
            headerLine(text, name, header.getValue());
        }
        if (!dated) {
            headerLine(text, DATE, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
        headerLine(text, CONTENT_LENGTH, Long.toString(advertised));
        if (!keepAlive) {
            headerLine(text, CONNECTION, "close");
        }
        text.append("\r\n");
        byte[] headBytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        int bodyBytes = head ? 0 : body.length;
        ByteBuffer bytes = ByteBuffer.allocate(headBytes.length + bodyBytes);
        bytes.put(headBytes).put(body, 0, bodyBytes).flip();
        After after = !head && body.length < advertised ? After.CUT : keepAlive ? After.KEEP_ALIVE : After.CLOSE;
        return new Answer(bytes, after);
    }

    /** A header line; a CR or LF in a value (never sent by the service) would end the head early, so it is a space. */
    private static void headerLine(StringBuilder text, String name, String value) {
        text.append(name).append(": ");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            text.append(c == '\r' || c == '\n' || c > 0xff ? ' ' : c);
        }
        text.append("\r\n");
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 413 -> "Request Entity Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }
}
