package io.github.cognitofake.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.server.RawConnection.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a hostile or broken client sends (issue 16): more stalled connections than the server has threads,
 * and bytes that are not an HTTP/1.1 request the server serves. Each gets a JSON answer in the service's
 * error shape, never an HTML page, and the server goes on answering. No sleeps: where a deadline must pass,
 * the server's is short, and every client read has a timeout of its own.
 */
class HostileInputTest {

    private static final String JSON_1_1 = "application/x-amz-json-1.1";

    @RegisterExtension
    final ServerScope scope = new ServerScope();

    private final CognitoIdentityFake fake = scope.fake();

    private CognitoIdentityFakeServer serve(CognitoIdentityFakeServer.Builder builder) {
        return scope.serve(builder);
    }

    @Test
    void answersAFreshClientWhileMoreClientsStallThanItHasThreads() {
        // Finding 4: 150 connections stalled in their headers and 50 in their bodies, 64 threads, the default
        // 30 s read timeout. Stalled clients hold no thread, so a fresh one is answered at once.
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        List<RawConnection> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) {
                stalled.add(new RawConnection(server.endpoint()).send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz"));
            }
            for (int i = 0; i < 50; i++) {
                stalled.add(new RawConnection(server.endpoint())
                        .send(RawConnection.head("ListIdentityPools", "20") + "\r\n{\"Max"));
            }
            assertThat(stalled).hasSizeGreaterThan(CognitoIdentityFakeServer.DEFAULT_THREADS);

            long start = System.nanoTime();
            try (RawConnection fresh = new RawConnection(server.endpoint(), Duration.ofSeconds(5))) {
                Response answer = fresh.send(RawConnection.request("ListIdentityPools", "{\"MaxResults\":5}"))
                        .read();

                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("{\"IdentityPools\":[]}");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            stalled.forEach(RawConnection::close);
        }
    }

    static Stream<Arguments> malformedRequests() {
        String post = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        return Stream.of(
                Arguments.of(
                        "Transfer-Encoding and Content-Length",
                        bytes(post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "The request has both Transfer-Encoding and Content-Length; send one."),
                Arguments.of(
                        "a Content-Length that is no number",
                        bytes(post + "Content-Length: abc\r\n\r\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "Content-Length must be a number of bytes; got 'abc'."),
                Arguments.of(
                        "Content-Lengths that differ",
                        bytes(post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "The request has Content-Lengths that differ: '5, 6'."),
                Arguments.of(
                        "CONNECT",
                        bytes("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "CONNECT is not served: this server is not a proxy."),
                Arguments.of(
                        "a request line of two words",
                        bytes("HELLO THERE\r\n\r\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "The request line must be <method> <path> HTTP/1.1; got 'HELLO THERE'."),
                Arguments.of(
                        "binary garbage",
                        new byte[] {'G', 'E', 0, (byte) 0xff, '\r', '\n', '\r', '\n'},
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "The request line has a byte that cannot be in it (0x00) after 'GE'; it must be "
                                + "<method> <path> HTTP/1.1."),
                Arguments.of(
                        "a TLS ClientHello",
                        tlsClientHello(),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "This server speaks plain HTTP, and the connection began with a TLS handshake: use an "
                                + "http:// endpoint, not https://."),
                Arguments.of(
                        "lines that end with a bare LF",
                        bytes("POST / HTTP/1.1\nHost: 127.0.0.1\nContent-Length: 0\n\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "A line of the request ends with a bare line feed (LF); lines of an HTTP request end with "
                                + "CRLF."),
                Arguments.of(
                        "250 header fields",
                        bytes(post + "X-Padding: x\r\n".repeat(250) + "\r\n"),
                        431,
                        HttpRefusal.HEADERS_TOO_LARGE,
                        "The request has more than the server's limit of 100 header fields."),
                Arguments.of(
                        "a header of 70,000 bytes",
                        bytes(post + "X-Padding: " + "x".repeat(70_000) + "\r\n\r\n"),
                        431,
                        HttpRefusal.HEADERS_TOO_LARGE,
                        "The request line and headers are larger than the server's limit of 65536 bytes."),
                Arguments.of(
                        "a request line of 70,000 bytes",
                        bytes("GET /" + "x".repeat(70_000) + " HTTP/1.1\r\n\r\n"),
                        414,
                        HttpRefusal.URI_TOO_LONG,
                        "The request line is longer than the server's limit of 65536 bytes."),
                Arguments.of(
                        "a folded header line",
                        bytes(post + "X-Amz-Target: AWSCognitoIdentityService.\r\n ListIdentityPools\r\n\r\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "A header line starts with white space (obsolete line folding), which is not accepted: "
                                + "' ListIdentityPools'."),
                Arguments.of(
                        "a space before a header's colon",
                        bytes("POST / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "A header name has a character that cannot be in it: 'Host ' (no space before the colon)."),
                Arguments.of(
                        "a chunk size that is no number",
                        bytes(post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"),
                        400,
                        HttpRefusal.BAD_REQUEST,
                        "A chunk size must be a hexadecimal number; got 'zz'."),
                Arguments.of(
                        "a transfer coding other than chunked",
                        bytes(post + "Transfer-Encoding: gzip, chunked\r\n\r\n"),
                        501,
                        HttpRefusal.NOT_IMPLEMENTED,
                        "Transfer-Encoding 'gzip, chunked' is not served; send the body as it is, or only chunked."),
                Arguments.of(
                        "HTTP/2 with prior knowledge",
                        bytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
                        505,
                        HttpRefusal.VERSION_NOT_SUPPORTED,
                        "This server speaks HTTP/1.1 (and 1.0) only; got HTTP/2.0."),
                Arguments.of(
                        "an empty line, then nothing",
                        bytes("\r\n"),
                        408,
                        HttpRefusal.TIMEOUT,
                        "The request line and headers were not received within 250 ms of the request's first byte "
                                + "(the server's header timeout)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void answersWhatIsNoRequestItServesWithAJsonErrorAndGoesOnServing(
            String what, byte[] request, int status, String code, String message) {
        // Findings 5 and 6: the JDK's server answered some of these with HTML naming Java exceptions, and
        // others not at all, holding a thread until its read timeout.
        CognitoIdentityFakeServer server =
                serve(CognitoIdentityFakeServer.builder(fake).threads(2).requestReadTimeout(Duration.ofMillis(250)));
        try (RawConnection connection = new RawConnection(server.endpoint(), Duration.ofSeconds(5))) {
            Response answer = connection.send(request).read();

            assertJsonError(answer, status, code, message);
            assertThat(answer.headers()).containsEntry("connection", "close");
            assertThat(connection.closedByServer()).isTrue();
        }
        assertThat(fake.journal().calls()).isEmpty(); // never reached the fake
        assertStillServing(server);
    }

    @Test
    void acceptsEmptyLinesBeforeARequest() {
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        try (RawConnection connection = new RawConnection(server.endpoint(), Duration.ofSeconds(5))) {
            Response answer = connection
                    .send("\r\n\r\n" + RawConnection.request("ListIdentityPools", "{\"MaxResults\":5}"))
                    .read();

            assertThat(answer.status()).isEqualTo(200);
        }
    }

    static void assertJsonError(Response answer, int status, String code, String message) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers())
                .containsEntry("content-type", JSON_1_1)
                .containsEntry("x-amzn-errortype", code + ":")
                .containsEntry("x-amzn-errormessage", message)
                .containsEntry("content-length", Integer.toString(answer.body().length()))
                .hasEntrySatisfying("x-amzn-requestid", id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(answer.body()).isEqualTo("{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    static void assertStillServing(CognitoIdentityFakeServer server) {
        try (RawConnection connection = new RawConnection(server.endpoint(), Duration.ofSeconds(5))) {
            assertThat(connection
                            .send(RawConnection.request("ListIdentityPools", "{\"MaxResults\":5}"))
                            .read()
                            .status())
                    .isEqualTo(200);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first bytes a TLS 1.2 client sends: a handshake record holding a ClientHello. */
    private static byte[] tlsClientHello() {
        byte[] hello = new byte[64];
        byte[] head = {0x16, 0x03, 0x01, 0x00, (byte) 0xf8, 0x01, 0x00, 0x00, (byte) 0xf4, 0x03, 0x03};
        System.arraycopy(head, 0, hello, 0, head.length);
        for (int i = head.length; i < hello.length; i++) {
            hello[i] = (byte) (i * 37); // the client random, and on
        }
        return hello;
    }
}
