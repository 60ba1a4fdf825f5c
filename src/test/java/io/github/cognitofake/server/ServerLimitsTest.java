package io.github.cognitofake.server;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.server.RawConnection.Response;
import io.github.cognitofake.testing.HttpClientKind;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;

/**
 * What clients cannot do to the server: send too much, stall, hang up half-way, or come all at once. No
 * sleeps: the server's read timeout is set short, and every client read has a generous timeout of its own.
 */
@CognitoIdentityFakeTest
class ServerLimitsTest {

    private static final int MAX_BYTES = 1000;

    private final CognitoIdentityFake fake;
    private final CognitoIdentityFakeServer server;

    ServerLimitsTest(CognitoIdentityFake fake) {
        this.fake = fake;
        this.server = CognitoIdentityFakeServer.builder(fake)
                .maxRequestBytes(MAX_BYTES)
                .requestReadTimeout(Duration.ofMillis(250))
                .threads(4)
                .start();
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void refusesABodyDeclaredTooLargeWithoutReadingIt() {
        try (RawConnection connection = new RawConnection(server.endpoint())) {
            // 100 MB declared, nothing of it sent: the answer cannot depend on reading the body.
            Response response = connection
                    .send(RawConnection.head("CreateIdentityPool", "100000000") + "\r\n")
                    .read();

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).isEmpty();
            assertThat(response.headers()).containsEntry("connection", "close").containsEntry("content-length", "0");
            assertThat(connection.closedByServer()).isTrue();
        }
        assertThat(fake.journal().calls()).isEmpty(); // never reached the fake
        assertStillServing();
    }

    @Test
    void refusesABodyThatTurnsOutTooLargeWhileChunked() {
        String chunk = "{\"IdentityPoolName\":\"" + "x".repeat(2 * MAX_BYTES) + "\"}";
        try (RawConnection connection = new RawConnection(server.endpoint())) {
            Response response = connection
                    .send(RawConnection.head("CreateIdentityPool", null)
                            + "Transfer-Encoding: chunked\r\n\r\n"
                            + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n")
                    .read();

            assertThat(response.status()).isEqualTo(413);
            assertThat(connection.closedByServer()).isTrue();
        }
        assertThat(fake.journal().calls()).isEmpty();
    }

    @Test
    void servesABodyOfExactlyTheLimit() {
        String prefix = "{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":false,\"Padding\":\"";
        String body = prefix + "x".repeat(MAX_BYTES - prefix.length() - 2) + "\"}";
        try (RawConnection connection = new RawConnection(server.endpoint())) {
            Response response = connection
                    .send(RawConnection.request("CreateIdentityPool", body))
                    .read();

            assertThat(body).hasSize(MAX_BYTES);
            assertThat(response.status()).isEqualTo(200);
        }
    }

    @Test
    void closesAConnectionThatStallsAfterItsHeaders() {
        try (RawConnection stalled = new RawConnection(server.endpoint())) {
            stalled.send(RawConnection.head("ListIdentityPools", "20") + "\r\n{\"MaxRes");

            // After the 250 ms read timeout, not the client's 20 s: a 408, then the end of the stream.
            assertTimedOut(stalled.read(), "The request body was not received in full within 250 ms");
            assertThat(stalled.closedByServer()).isTrue();
        }
        assertThat(fake.journal().calls()).isEmpty();
        assertStillServing();
    }

    @Test
    void closesAConnectionThatStallsInItsHeaders() {
        try (RawConnection stalled = new RawConnection(server.endpoint())) {
            stalled.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty");

            assertTimedOut(stalled.read(), "The request line and headers were not received within 250 ms");
            assertThat(stalled.closedByServer()).isTrue();
        }
        assertStillServing();
    }

    @Test
    void keepsServingWhileMoreClientsStallThanItHasThreads() {
        List<RawConnection> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) { // the server has 4 threads
                stalled.add(new RawConnection(server.endpoint()).send(RawConnection.head("ListIdentityPools", "20")));
            }
            try (CognitoIdentityClient client = HttpClientKind.APACHE.client(server.endpoint())) {
                // Answered at once: stalled clients hold no thread, requests are read without one.
                assertThat(client.listIdentityPools(b -> b.maxResults(5)).identityPools())
                        .isEmpty();
            }
            assertThat(stalled).allSatisfy(connection -> {
                assertThat(connection.read().status()).isEqualTo(408);
                assertThat(connection.closedByServer()).isTrue();
            });
        } finally {
            stalled.forEach(RawConnection::close);
        }
    }

    @Test
    void survivesAClientThatHangsUpMidBody() {
        new RawConnection(server.endpoint())
                .send(RawConnection.head("CreateIdentityPool", "200") + "\r\n{\"IdentityPoolName\":\"half")
                .close();

        assertStillServing();
        assertThat(fake.journal().calls(CREATE_IDENTITY_POOL)).isEmpty();
    }

    @Test
    void answersABurstOfConcurrentClients() throws Exception {
        int clients = 200;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8))
                .build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        // The default limits: a read timeout of 250 ms is too short for 200 cold requests on a busy machine.
        try (CognitoIdentityFakeServer defaults = CognitoIdentityFakeServer.serve(fake)) {
            for (int i = 0; i < clients; i++) {
                answers.add(http.sendAsync(createPool(defaults, "burst-" + i), HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }

        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
        // Every pool exists exactly once, in the store, in the listing and in the journal.
        Set<String> ids = new HashSet<>();
        answers.forEach(
                answer -> ids.add(answer.join().body().replaceAll(".*\"IdentityPoolId\":\"([^\"]+)\".*", "$1")));
        assertThat(ids).hasSize(clients);
        assertThat(allPools())
                .extracting(IdentityPoolShortDescription::identityPoolId)
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(fake.journal().calls(CREATE_IDENTITY_POOL)).hasSize(clients);
        ((ExecutorService) http.executor().orElseThrow()).shutdownNow();
    }

    private static HttpRequest createPool(CognitoIdentityFakeServer server, String name) {
        return HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", RawConnection.JSON_1_1)
                .header("X-Amz-Target", "AWSCognitoIdentityService.CreateIdentityPool")
                .header("Authorization", RawConnection.AUTHORIZATION)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"IdentityPoolName\":\"" + name + "\",\"AllowUnauthenticatedIdentities\":false}"))
                .build();
    }

    private List<IdentityPoolShortDescription> allPools() {
        List<IdentityPoolShortDescription> pools = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListIdentityPoolsResponse page =
                    fake.client().listIdentityPools(b -> b.maxResults(60).nextToken(next));
            pools.addAll(page.identityPools());
            token = page.nextToken();
        } while (token != null);
        return pools;
    }

    static void assertTimedOut(Response response, String message) {
        assertThat(response.status()).isEqualTo(408);
        assertThat(response.headers())
                .containsEntry("content-type", "application/x-amz-json-1.1")
                .containsEntry("x-amzn-errortype", "CognitoIdentityFakeRequestTimeoutException:")
                .containsEntry("connection", "close")
                .containsKey("x-amzn-requestid");
        assertThat(response.body())
                .startsWith("{\"__type\":\"CognitoIdentityFakeRequestTimeoutException\",\"message\":\"" + message);
    }

    private void assertStillServing() {
        try (RawConnection connection = new RawConnection(server.endpoint())) {
            assertThat(connection
                            .send(RawConnection.request("ListIdentityPools", "{\"MaxResults\":5}"))
                            .read()
                            .status())
                    .isEqualTo(200);
        }
    }
}
