package io.github.cognitofake.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain socket to the server, for what no HTTP client would do: reuse a connection by hand, stall
 * half-way through a request, hang up mid-body, declare a huge body. Every read has a timeout, so a
 * server that never answers fails the test instead of hanging it.
 */
final class RawConnection implements AutoCloseable {

    static final String JSON_1_1 = "application/x-amz-json-1.1";
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121/us-east-1/"
            + "cognito-identity/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00";

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawConnection(URI endpoint) {
        this(endpoint, Duration.ofSeconds(20));
    }

    /** @param readTimeout how long any one read may wait before the test fails */
    RawConnection(URI endpoint, Duration readTimeout) {
        try {
            socket = new Socket(endpoint.getHost(), endpoint.getPort());
            socket.setSoTimeout((int) readTimeout.toMillis());
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of a POST to an operation, signed-looking, without the blank line that ends it. */
    static String head(String operation, String contentLength) {
        return "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Type: " + JSON_1_1 + "\r\n"
                + "X-Amz-Target: AWSCognitoIdentityService." + operation + "\r\n"
                + "Authorization: " + AUTHORIZATION + "\r\n"
                + (contentLength == null ? "" : "Content-Length: " + contentLength + "\r\n");
    }

    /** A whole POST of this JSON body to the operation. */
    static String request(String operation, String body) {
        return head(operation, Integer.toString(body.getBytes(StandardCharsets.UTF_8).length)) + "\r\n" + body;
    }

    RawConnection send(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawConnection send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response: status line, headers, and a body of its Content-Length. */
    Response read() {
        return read(false);
    }

    /** Reads the answer to a HEAD request: status line and headers; no body, whatever its Content-Length says. */
    Response readHeadAnswer() {
        return read(true);
    }

    private Response read(boolean head) {
        try {
            String statusLine = line();
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                names.add(header.substring(0, colon));
                headers.put(
                        header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).strip());
            }
            int length = head ? 0 : Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return new Response(
                    Integer.parseInt(statusLine.split(" ")[1]),
                    headers,
                    new String(body, StandardCharsets.UTF_8),
                    List.copyOf(names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the server closed the connection: the next read finds the end of the stream (or a reset). */
    boolean closedByServer() {
        try {
            return in.read() == -1;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c == -1) {
                throw new IOException("connection closed by the server after " + bytes.size() + " bytes of a line: "
                        + bytes.toString(StandardCharsets.UTF_8));
            }
            if (c != '\r') {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One answer; header names in lower case, and as sent in {@code rawHeaderNames}. */
    record Response(int status, Map<String, String> headers, String body, List<String> rawHeaderNames) {}
}
