package io.github.cognitofake.server;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one HTTP/1.1 request from the bytes of a connection as they arrive, without ever blocking: request
 * line, headers, then a body of its {@code Content-Length} or in chunks. It is strict where leniency would
 * let two readers of the same bytes disagree (request smuggling) and where the JDK's server answered with
 * an HTML page: a line must end with CRLF, {@code Transfer-Encoding} and {@code Content-Length} must not
 * come together, a length must be a number. Every refusal is an {@link HttpRefusal} with a clear message.
 *
 * <p>Not thread-safe: one connection's reader is used by the front end's thread only.
 */
final class RequestReader {

    /** The limits one request must keep. */
    record Limits(int maxHeaderBytes, int maxHeaders, int maxRequestBytes) {}

    private enum State {
        REQUEST_LINE,
        HEADERS,
        BODY,
        CHUNK_SIZE,
        CHUNK_DATA,
        CHUNK_END,
        TRAILERS,
        COMPLETE
    }

    private static final int MAX_CHUNK_LINE = 1024;
    private static final int FIRST_BODY_CAPACITY = 16 * 1024;

    private final Limits limits;

    private State state;
    private final StringBuilder line = new StringBuilder(256);
    private boolean sawCr;
    private boolean started;
    private int headBytes;
    private int headerCount;
    private String method;
    private String path;
    private String query;
    private boolean http10;
    private Map<String, List<String>> headers;
    private boolean chunked;
    private boolean expectContinue;
    private long remaining;
    private byte[] body;
    private int bodyLength;

    RequestReader(Limits limits) {
        this.limits = limits;
        reset();
    }

    /** Forgets the request read, ready for the next one on the same connection. */
    void reset() {
        state = State.REQUEST_LINE;
        line.setLength(0);
        sawCr = false;
        started = false;
        headBytes = 0;
        headerCount = 0;
        method = null;
        path = null;
        query = null;
        http10 = false;
        headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        chunked = false;
        expectContinue = false;
        remaining = 0;
        body = null;
        bodyLength = 0;
    }

    /** {@return the bytes held for the body so far} */
    long bufferedBytes() {
        return body == null ? 0 : body.length;
    }

    /** {@return whether any byte of a request has arrived} */
    boolean started() {
        return started;
    }

    /** {@return whether the request line and headers have been read} */
    boolean headComplete() {
        return state.compareTo(State.BODY) >= 0;
    }

    /**
     * {@return whether the client waits for "100 Continue" before it sends the body}: it asked
     * ({@code Expect: 100-continue}), a body is due and none of it has arrived.
     */
    boolean awaitsContinue() {
        return expectContinue && headComplete() && state != State.COMPLETE && bodyLength == 0;
    }

    /**
     * Takes bytes from {@code in} until the request is complete or {@code in} is empty; bytes after the end
     * of the request (the next request on the connection) stay in {@code in}.
     *
     * @return true when the request is complete: {@link #request()} has it
     * @throws HttpRefusal when the bytes are not a request the server serves
     */
    boolean feed(ByteBuffer in) throws HttpRefusal {
        if (in.hasRemaining()) {
            started = true;
        }
        while (in.hasRemaining() && state != State.COMPLETE) {
            switch (state) {
                case BODY -> {
                    copyBody(in);
                    if (remaining == 0) {
                        state = State.COMPLETE;
                    }
                }
                case CHUNK_DATA -> {
                    copyBody(in);
                    if (remaining == 0) {
                        state = State.CHUNK_END;
                    }
                }
                default -> lineByte(in.get());
            }
        }
        return state == State.COMPLETE;
    }

    /** The complete request; only after {@link #feed} returned true. */
    ParsedRequest request() {
        byte[] bytes = body == null ? new byte[0] : body.length == bodyLength ? body : Arrays.copyOf(body, bodyLength);
        boolean keepAlive = !http10 && !connectionClose();
        return new ParsedRequest(method, path, query, headers, bytes, keepAlive);
    }

    private boolean connectionClose() {
        for (String value : headers.getOrDefault("Connection", List.of())) {
            for (String token : value.split(",", -1)) {
                if (token.strip().equalsIgnoreCase("close")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void lineByte(byte b) throws HttpRefusal {
        int c = b & 0xff;
        if (sawCr) {
            if (c != '\n') {
                throw HttpRefusal.badRequest("A carriage return (CR) must be followed by a line feed (LF): "
                        + "lines of an HTTP request end with CRLF.");
            }
            sawCr = false;
            String text = line.toString();
            line.setLength(0);
            endOfLine(text);
            return;
        }
        if (c == '\r') {
            sawCr = true;
            countHeadByte();
            return;
        }
        if (c == '\n') {
            throw HttpRefusal.badRequest("A line of the request ends with a bare line feed (LF); lines of an HTTP "
                    + "request end with CRLF.");
        }
        checkByte(c);
        countHeadByte();
        line.append((char) c); // ISO-8859-1, as HTTP reads header bytes
    }

    private void countHeadByte() throws HttpRefusal {
        if (state == State.CHUNK_SIZE || state == State.CHUNK_END) {
            if (line.length() >= MAX_CHUNK_LINE) {
                throw HttpRefusal.badRequest(
                        "A chunk-size line of the body is longer than " + MAX_CHUNK_LINE + " bytes.");
            }
            return;
        }
        if (++headBytes > limits.maxHeaderBytes()) {
            if (state == State.REQUEST_LINE) {
                throw HttpRefusal.of(
                        414,
                        HttpRefusal.URI_TOO_LONG,
                        "The request line is longer than the server's limit of " + limits.maxHeaderBytes() + " bytes.");
            }
            throw HttpRefusal.of(
                    431,
                    HttpRefusal.HEADERS_TOO_LARGE,
                    "The request line and headers are larger than the server's limit of " + limits.maxHeaderBytes()
                            + " bytes.");
        }
    }

    private void checkByte(int c) throws HttpRefusal {
        if (state == State.REQUEST_LINE) {
            if (line.length() == 0 && c == 0x16) {
                throw HttpRefusal.badRequest("This server speaks plain HTTP, and the connection began with a TLS "
                        + "handshake: use an http:// endpoint, not https://.");
            }
            boolean inMethod = line.indexOf(" ") < 0;
            if (inMethod ? !(isTokenChar(c) || c == ' ') : c < 0x20 || c > 0x7e) {
                throw HttpRefusal.badRequest(String.format(
                        Locale.ROOT,
                        "The request line has a byte that cannot be in it (0x%02x) after '%s'; it must be "
                                + "<method> <path> HTTP/1.1.",
                        c,
                        HttpRefusal.quote(line)));
            }
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            throw HttpRefusal.badRequest(String.format(
                    Locale.ROOT,
                    "A header line has a control character (0x%02x) after '%s'.",
                    c,
                    HttpRefusal.quote(line)));
        }
    }

    private void endOfLine(String text) throws HttpRefusal {
        switch (state) {
            case REQUEST_LINE -> {
                if (!text.isEmpty()) { // empty lines before a request are ignored (RFC 9112, section 2.2)
                    requestLine(text);
                    state = State.HEADERS;
                }
            }
            case HEADERS -> {
                if (text.isEmpty()) {
                    endOfHead();
                } else {
                    header(text, true);
                }
            }
            case CHUNK_SIZE -> chunkSize(text);
            case CHUNK_END -> {
                if (!text.isEmpty()) {
                    throw HttpRefusal.badRequest("A chunk of the body is longer than its chunk size says.");
                }
                state = State.CHUNK_SIZE;
            }
            case TRAILERS -> {
                if (text.isEmpty()) {
                    state = State.COMPLETE;
                } else {
                    header(text, false);
                }
            }
            default -> throw new IllegalStateException(state.toString());
        }
    }

    private void requestLine(String text) throws HttpRefusal {
        int first = text.indexOf(' ');
        int last = text.lastIndexOf(' ');
        if (first <= 0 || last == first || text.indexOf(' ', first + 1) != last || last == text.length() - 1) {
            throw HttpRefusal.badRequest(
                    "The request line must be <method> <path> HTTP/1.1; got '" + HttpRefusal.quote(text) + "'.");
        }
        String verb = text.substring(0, first);
        String target = text.substring(first + 1, last);
        String version = text.substring(last + 1);
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            if (version.matches("HTTP/\\d(\\.\\d)?")) {
                throw HttpRefusal.of(
                        505,
                        HttpRefusal.VERSION_NOT_SUPPORTED,
                        "This server speaks HTTP/1.1 (and 1.0) only; got " + version + ".");
            }
            throw HttpRefusal.badRequest(
                    "The request line must end with HTTP/1.1; got '" + HttpRefusal.quote(text) + "'.");
        }
        if (verb.equals("CONNECT")) {
            throw HttpRefusal.badRequest("CONNECT is not served: this server is not a proxy.");
        }
        http10 = version.equals("HTTP/1.0");
        method = verb;
        String pathAndQuery = pathOf(target);
        int question = pathAndQuery.indexOf('?');
        path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        query = question < 0 ? null : pathAndQuery.substring(question + 1);
    }

    /** The path and query of a target in origin form ({@code /x?y}), absolute form or {@code *}. */
    private static String pathOf(String target) throws HttpRefusal {
        if (target.startsWith("/") || target.equals("*")) {
            int fragment = target.indexOf('#');
            return fragment < 0 ? target : target.substring(0, fragment);
        }
        String lower = target.toLowerCase(Locale.ROOT);
        for (String scheme : List.of("http://", "https://")) {
            if (lower.startsWith(scheme) && target.length() > scheme.length()) {
                int slash = target.indexOf('/', scheme.length());
                int question = target.indexOf('?', scheme.length());
                if (slash < 0 || (question >= 0 && question < slash)) {
                    return question < 0 ? "/" : "/" + target.substring(question);
                }
                return pathOf(target.substring(slash));
            }
        }
        throw HttpRefusal.badRequest(
                "The request target must be a path such as /; got '" + HttpRefusal.quote(target) + "'.");
    }

    private void header(String text, boolean head) throws HttpRefusal {
        if (++headerCount > limits.maxHeaders()) {
            throw HttpRefusal.of(
                    431,
                    HttpRefusal.HEADERS_TOO_LARGE,
                    "The request has more than the server's limit of " + limits.maxHeaders() + " header fields.");
        }
        if (text.charAt(0) == ' ' || text.charAt(0) == '\t') {
            throw HttpRefusal.badRequest("A header line starts with white space (obsolete line folding), which is not "
                    + "accepted: '" + HttpRefusal.quote(text) + "'.");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw HttpRefusal.badRequest(
                    "A header line must be <name>: <value>; got '" + HttpRefusal.quote(text) + "'.");
        }
        String name = text.substring(0, colon);
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                throw HttpRefusal.badRequest("A header name has a character that cannot be in it: '"
                        + HttpRefusal.quote(name) + "'" + (name.endsWith(" ") ? " (no space before the colon)" : "")
                        + ".");
            }
        }
        if (head) {
            String value = text.substring(colon + 1).strip(); // strips SP and HTAB, the optional white space
            headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
    }

    private void endOfHead() throws HttpRefusal {
        List<String> encodings = headers.get("Transfer-Encoding");
        List<String> lengths = headers.get("Content-Length");
        if (encodings != null && lengths != null) {
            throw HttpRefusal.badRequest("The request has both Transfer-Encoding and Content-Length; send one.");
        }
        String expect = first("Expect");
        expectContinue = !http10 && expect != null && expect.equalsIgnoreCase("100-continue");
        if (encodings != null) {
            List<String> codings = new ArrayList<>();
            for (String value : encodings) {
                for (String coding : value.split(",", -1)) {
                    codings.add(coding.strip().toLowerCase(Locale.ROOT));
                }
            }
            if (!codings.equals(List.of("chunked"))) {
                if (!codings.isEmpty() && codings.get(codings.size() - 1).equals("chunked")) {
                    throw HttpRefusal.of(
                            501,
                            HttpRefusal.NOT_IMPLEMENTED,
                            "Transfer-Encoding '" + HttpRefusal.quote(String.join(", ", encodings))
                                    + "' is not served; send the body as it is, or only chunked.");
                }
                throw HttpRefusal.badRequest("Transfer-Encoding must end with chunked; got '"
                        + HttpRefusal.quote(String.join(", ", encodings)) + "'.");
            }
            chunked = true;
            state = State.CHUNK_SIZE;
            return;
        }
        long length = lengths == null ? 0 : contentLength(lengths);
        if (length > limits.maxRequestBytes()) {
            throw HttpRefusal.tooLarge(limits.maxRequestBytes());
        }
        remaining = length;
        state = length == 0 ? State.COMPLETE : State.BODY;
    }

    private static long contentLength(List<String> values) throws HttpRefusal {
        String agreed = null;
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String length = part.strip();
                if (length.isEmpty() || length.length() > 18 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw HttpRefusal.badRequest(
                            "Content-Length must be a number of bytes; got '" + HttpRefusal.quote(value) + "'.");
                }
                if (agreed != null && Long.parseLong(agreed) != Long.parseLong(length)) {
                    throw HttpRefusal.badRequest("The request has Content-Lengths that differ: '"
                            + HttpRefusal.quote(String.join(", ", values)) + "'.");
                }
                agreed = length;
            }
        }
        return Long.parseLong(agreed);
    }

    private void chunkSize(String text) throws HttpRefusal {
        int semicolon = text.indexOf(';');
        String hex = (semicolon < 0 ? text : text.substring(0, semicolon)).strip();
        if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw HttpRefusal.badRequest(
                    "A chunk size must be a hexadecimal number; got '" + HttpRefusal.quote(text) + "'.");
        }
        long size = Long.parseLong(hex, 16);
        if (size == 0) {
            state = State.TRAILERS;
            return;
        }
        if (bodyLength + size > limits.maxRequestBytes()) {
            throw HttpRefusal.tooLarge(limits.maxRequestBytes());
        }
        remaining = size;
        state = State.CHUNK_DATA;
    }

    private void copyBody(ByteBuffer in) {
        int n = (int) Math.min(in.remaining(), remaining);
        ensureCapacity(bodyLength + n);
        in.get(body, bodyLength, n);
        bodyLength += n;
        remaining -= n;
    }

    /** Grows the body as bytes arrive: a declared length costs no memory until the bytes come. */
    private void ensureCapacity(int needed) {
        if (body == null) {
            long expected = chunked ? FIRST_BODY_CAPACITY : remaining;
            body = new byte[(int) Math.max(needed, Math.min(expected, FIRST_BODY_CAPACITY))];
        }
        if (needed > body.length) {
            long grown = Math.max(needed, Math.min((long) body.length * 2, limits.maxRequestBytes()));
            if (!chunked) {
                grown = Math.min(grown, bodyLength + remaining);
            }
            body = Arrays.copyOf(body, (int) Math.max(grown, needed));
        }
    }

    private String first(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
