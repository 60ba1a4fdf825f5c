package io.github.cognitofake.server;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.assertj.CognitoIdentityFakeAssertions;
import io.github.cognitofake.journal.CallSource;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.server.RawConnection.Response;
import io.github.cognitofake.testing.HttpClientKind;
import io.github.cognitofake.testing.TestPools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;

/** The server's life: where it listens, that it serves the very fake it was given, keep-alive, and stopping. */
@CognitoIdentityFakeTest
class CognitoIdentityFakeServerTest {

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @Test
    void listensOnLoopbackOnAFreePortByDefault() {
        try (CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake)) {
            assertThat(server.port()).isPositive();
            assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            assertThat(server.fake()).isSameAs(fake);
            assertThat(server).hasToString("CognitoIdentityFakeServer[http://127.0.0.1:" + server.port() + "]");
        }
    }

    @Test
    void servesTheFakeItWasGivenWithItsStateFaultsAndJournal() {
        String poolId = fake.seed(
                        s -> s.identityPool("app", p -> p.authenticatedRole("arn:aws:iam::123456789012:role/Auth")))
                .poolId("app");
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);

        try (CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);
                CognitoIdentityClient client = HttpClientKind.APACHE.client(server.endpoint())) {
            GetIdentityPoolRolesResponse roles = client.getIdentityPoolRoles(b -> b.identityPoolId(poolId));
            String created = TestPools.create(client, "over-http");

            assertThat(roles.roles()).containsEntry("authenticated", "arn:aws:iam::123456789012:role/Auth");
            assertThat(fake.client()
                            .describeIdentityPool(b -> b.identityPoolId(created))
                            .identityPoolName())
                    .isEqualTo("over-http");
            List<RecordedCall> calls = fake.journal().calls();
            assertThat(calls)
                    .extracting(call -> call.operation().orElseThrow())
                    .containsExactly(GET_IDENTITY_POOL_ROLES, CREATE_IDENTITY_POOL, DESCRIBE_IDENTITY_POOL);
            assertThat(calls.get(0).source()).isEqualTo(CallSource.WIRE);
            assertThat(calls.get(0).attempts())
                    .extracting(attempt -> attempt.errorCode().orElse("-"))
                    .containsExactly("TooManyRequestsException", "TooManyRequestsException", "-");
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(GET_IDENTITY_POOL_ROLES)
                    .attempts(3)
                    .calls(1);
        }
    }

    @Test
    void keepsTheConnectionAliveBetweenRequests() {
        try (CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);
                RawConnection connection = new RawConnection(server.endpoint())) {
            Response first = connection
                    .send(RawConnection.request("ListIdentityPools", "{\"MaxResults\":5}"))
                    .read();
            Response second = connection
                    .send(RawConnection.request("ListIdentityPools", "{\"MaxResults\":5}"))
                    .read();

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body()).isEqualTo("{\"IdentityPools\":[]}");
            assertThat(second.headers())
                    .containsEntry("content-type", "application/x-amz-json-1.1")
                    .containsKey("x-amzn-requestid")
                    .doesNotContainKey("connection");
            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS)).hasSize(2);
        }
    }

    @Test
    void answersWhatTheFrontDoorAnswersForAnyMethodOrPath() throws Exception {
        try (CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> get = http.send(
                    HttpRequest.newBuilder(server.endpoint().resolve("/any/path?x=1"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrongType = http.send(
                    HttpRequest.newBuilder(server.endpoint())
                            .header("Content-Type", "text/plain")
                            .header("X-Amz-Target", "AWSCognitoIdentityService.GetId")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(get.statusCode()).isEqualTo(400);
            assertThat(get.body())
                    .isEqualTo(
                            "{\"code\":\"BadRequest\",\"message\":"
                                    + "\"The server did not understand the operation that was requested.\",\"type\":\"client\"}");
            assertThat(wrongType.statusCode()).isEqualTo(404);
            assertThat(wrongType.body()).isEqualTo("<UnknownOperationException/>\n");
            assertThat(wrongType.headers().firstValue("Content-Type")).isEmpty();
        }
    }

    @Test
    void listensOnAnotherAddressOnlyWhenAsked() throws Exception {
        try (CognitoIdentityFakeServer server =
                        CognitoIdentityFakeServer.builder(fake).host("0.0.0.0").start();
                CognitoIdentityClient client = HttpClientKind.URL_CONNECTION.client(server.endpoint())) {
            // Every address of the machine, and the endpoint clients are given is the loopback one.
            assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            assertThat(client.listIdentityPools(b -> b.maxResults(1)).identityPools())
                    .isEmpty();
        }
    }

    @Test
    void listensOnTheGivenPortAndSaysSoWhenItIsTaken() {
        try (CognitoIdentityFakeServer first = CognitoIdentityFakeServer.serve(fake)) {
            int taken = first.port();

            assertThatThrownBy(() ->
                            CognitoIdentityFakeServer.builder(fake).port(taken).start())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("Cannot listen on 127.0.0.1:" + taken
                            + ": Address already in use; choose another port, or port 0 for any free one");
        }
    }

    @Test
    void refusesAnAddressThatDoesNotResolve() {
        assertThatThrownBy(() -> CognitoIdentityFakeServer.builder(fake)
                        .host("no-such-host.invalid")
                        .start())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot listen on no-such-host.invalid: unknown host");
    }

    @Test
    void stopsListeningWhenClosedAndLeavesTheFakeOpen() {
        CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);
        URI endpoint = server.endpoint();

        server.close();
        server.close(); // a second close does nothing

        assertThat(server.isClosed()).isTrue();
        assertThatThrownBy(() -> new Socket(endpoint.getHost(), endpoint.getPort()).close())
                .isInstanceOf(ConnectException.class);
        assertThat(fake.isClosed()).isFalse();
        assertThat(fake.client().listIdentityPools(b -> b.maxResults(1)).identityPools())
                .isEmpty();
    }

    @Test
    void letsARequestInProgressFinishWhenClosed() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        fake.faults()
                .on(LIST_IDENTITY_POOLS)
                .where(request -> {
                    arrived.countDown();
                    return true;
                })
                .latency(Duration.ofMillis(300))
                .once();
        CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inProgress =
                http.sendAsync(listPools(server.endpoint()), HttpResponse.BodyHandlers.ofString());
        assertThat(arrived.await(20, TimeUnit.SECONDS)).isTrue();

        server.close();

        HttpResponse<String> answer = inProgress.get(20, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"IdentityPools\":[]}");
    }

    @Test
    void dropsTheConnectionOnceTheFakeIsClosed() {
        try (CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake)) {
            fake.close();

            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(listPools(server.endpoint()), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void refusesToServeAClosedFake() {
        fake.close();

        assertThatThrownBy(() -> CognitoIdentityFakeServer.serve(fake))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The CognitoIdentityFake is closed; serve an open one.");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        CognitoIdentityFakeServer.Builder builder = CognitoIdentityFakeServer.builder(fake);

        assertThatThrownBy(() -> builder.port(65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A port is 0 to 65535 (0: any free port); got 65536.");
        assertThatThrownBy(() -> builder.host(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The host must not be empty; use \"127.0.0.1\" for loopback.");
        assertThatThrownBy(() -> builder.maxRequestBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRequestBytes must be from 1 to 1073741824 (1 GiB); got 0.");
        assertThatThrownBy(() -> builder.threads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be positive; got 0.");
        assertThatThrownBy(() -> builder.requestReadTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The request read timeout must be positive; got PT0S.");
        assertThatThrownBy(() -> CognitoIdentityFakeServer.builder(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("fake");
    }

    static HttpRequest listPools(URI endpoint) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString("{\"MaxResults\":5}"));
        Map.of(
                        "Content-Type",
                        RawConnection.JSON_1_1,
                        "X-Amz-Target",
                        "AWSCognitoIdentityService.ListIdentityPools",
                        "Authorization",
                        RawConnection.AUTHORIZATION)
                .forEach(request::header);
        return request.build();
    }
}
