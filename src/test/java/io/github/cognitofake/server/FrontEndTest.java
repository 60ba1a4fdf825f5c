package io.github.cognitofake.server;

import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static io.github.cognitofake.server.HostileInputTest.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.server.RawConnection.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTTP/1.1 the front end speaks to well-behaved clients (keep-alive, pipelining, 100-continue, chunked
 * bodies, HEAD, HTTP/1.0) and the limits that keep it up: the connection cap, the idle timeout and the
 * budget of buffered bodies. Bounded: no sleeps, every read has a timeout, every loop a count.
 */
class FrontEndTest {

    private static final String LIST = "{\"MaxResults\":5}";
    private static final Duration READ = Duration.ofSeconds(5);

    @RegisterExtension
    final ServerScope scope = new ServerScope();

    private final CognitoIdentityFake fake = scope.fake();

    private CognitoIdentityFakeServer serve(CognitoIdentityFakeServer.Builder builder) {
        return scope.serve(builder);
    }

    private RawConnection connect(CognitoIdentityFakeServer server) {
        return scope.closedAfterTheTest(new RawConnection(server.endpoint(), READ));
    }

    @Test
    void refusesAConnectionOverTheCapWithJsonAndServesOnceOneCloses() {
        CognitoIdentityFakeServer server =
                serve(CognitoIdentityFakeServer.builder(fake).maxConnections(3));
        List<RawConnection> open = List.of(connect(server), connect(server), connect(server));

        try (RawConnection over = new RawConnection(server.endpoint(), READ)) {
            assertJsonError(
                    over.read(),
                    503,
                    HttpRefusal.TOO_MANY_CONNECTIONS,
                    "The server has 3 connections open, its limit; try again once one has closed.");
            assertThat(over.closedByServer()).isTrue();
        }
        // The connections within the cap are served as usual.
        assertThat(open.get(0)
                        .send(RawConnection.request("ListIdentityPools", LIST))
                        .read()
                        .status())
                .isEqualTo(200);

        open.get(1).close();
        // The server learns of the close when it reads the end of the stream: a few tries at most.
        int status = 0;
        for (int attempt = 0; attempt < 100 && status != 200; attempt++) {
            try (RawConnection next = new RawConnection(server.endpoint(), READ)) {
                status = next.send(RawConnection.request("ListIdentityPools", LIST))
                        .read()
                        .status();
            } catch (RuntimeException refusedThenClosed) {
                status = 0; // a 503 written before our request went out can end in a reset
            }
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void refusesABodyOverTheBufferBudgetWhileOthersHoldIt() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fake.faults()
                .on(LIST_IDENTITY_POOLS)
                .where(request -> {
                    arrived.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS); // holds the first request, and its 900 bytes
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return false;
                })
                .throttle()
                .always();
        CognitoIdentityFakeServer server =
                serve(CognitoIdentityFakeServer.builder(fake).bufferBudget(1000));
        RawConnection first = connect(server)
                .send(RawConnection.request("ListIdentityPools", LIST + " ".repeat(900 - LIST.length())));
        assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();

        RawConnection second = connect(server).send(RawConnection.head("ListIdentityPools", "900") + "\r\n{");
        assertJsonError(
                second.read(),
                503,
                HttpRefusal.TOO_BUSY,
                "The server holds 1000 bytes of request bodies, its limit; try again once the requests in progress "
                        + "are answered.");
        release.countDown();

        assertThat(first.read().status()).isEqualTo(200);
        HostileInputTest.assertStillServing(server);
    }

    @Test
    void closesAKeptAliveConnectionIdleLongerThanTheIdleTimeout() {
        CognitoIdentityFakeServer server =
                serve(CognitoIdentityFakeServer.builder(fake).idleTimeout(Duration.ofMillis(200)));
        RawConnection connection = connect(server);

        assertThat(connection
                        .send(RawConnection.request("ListIdentityPools", LIST))
                        .read()
                        .status())
                .isEqualTo(200);
        assertThat(connection.closedByServer()).isTrue(); // after 200 ms, without an answer
    }

    @Test
    void answersExpectContinueThenReadsTheBody() {
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        RawConnection connection = connect(server);

        Response interim = connection
                .send(RawConnection.head("ListIdentityPools", Integer.toString(LIST.length()))
                        + "Expect: 100-continue\r\n\r\n")
                .read();
        Response answer = connection.send(LIST).read();

        assertThat(interim.status()).isEqualTo(100);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"IdentityPools\":[]}");
    }

    @Test
    void refusesATooLargeBodyInsteadOfAskingForIt() {
        CognitoIdentityFakeServer server =
                serve(CognitoIdentityFakeServer.builder(fake).maxRequestBytes(100));
        RawConnection connection = connect(server);

        Response answer = connection
                .send(RawConnection.head("ListIdentityPools", "101") + "Expect: 100-continue\r\n\r\n")
                .read();

        assertThat(answer.status()).isEqualTo(413); // not 100: the client need not send the body at all
        assertThat(connection.closedByServer()).isTrue();
    }

    @Test
    void readsAChunkedBodyWithExtensionsAndTrailers() {
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        RawConnection connection = connect(server);

        Response answer = connection
                .send(RawConnection.head("ListIdentityPools", null) + "Transfer-Encoding: chunked\r\n\r\n"
                        + "5;name=value\r\n{\"Max\r\n" + Integer.toHexString(LIST.length() - 5) + "\r\n"
                        + LIST.substring(5) + "\r\n0\r\nX-Trailer: t\r\n\r\n")
                .read();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(fake.journal().calls(LIST_IDENTITY_POOLS)).hasSize(1);
    }

    @Test
    void answersPipelinedRequestsInOrder() {
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        RawConnection connection = connect(server);

        connection.send(RawConnection.request("ListIdentityPools", LIST)
                + RawConnection.request("DescribeIdentityPool", "{\"IdentityPoolId\":\"us-east-1:0000\"}"));

        assertThat(connection.read().status()).isEqualTo(200);
        Response second = connection.read();
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.headers()).containsEntry("x-amzn-errortype", "ResourceNotFoundException:");
    }

    @Test
    void answersHeadWithoutABodyAndKeepsTheConnection() {
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        RawConnection connection = connect(server);

        Response head =
                connection.send("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").readHeadAnswer();
        Response next = connection
                .send(RawConnection.request("ListIdentityPools", LIST))
                .read();

        assertThat(head.status()).isEqualTo(400);
        assertThat(head.headers()).containsKey("content-length").doesNotContainKey("connection");
        assertThat(next.status()).isEqualTo(200); // no stray body bytes came between the two answers
    }

    @Test
    void closesAnHttp10ConnectionAfterItsAnswer() {
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        RawConnection connection = connect(server);

        Response answer = connection
                .send(RawConnection.request("ListIdentityPools", LIST).replaceFirst("HTTP/1.1", "HTTP/1.0"))
                .read();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("connection", "close");
        assertThat(connection.closedByServer()).isTrue();
    }

    @Test
    void writesTheServicesHeaderNamesAsTheServiceSpellsThem() {
        CognitoIdentityFakeServer server = serve(CognitoIdentityFakeServer.builder(fake));
        RawConnection connection = connect(server);

        Response answer = connection
                .send(RawConnection.request("ListIdentityPools", LIST))
                .read();

        assertThat(answer.rawHeaderNames()).contains("x-amzn-RequestId", "Content-Type", "Content-Length", "Date");
    }
}
