package io.github.cognitofake.server;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.testing.HttpClientKind;
import io.github.cognitofake.testing.TestPools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;

/** The runnable jar's main, run in-process: what it prints, what it serves, and its exit status. */
class MainTest {

    private static final String SEEDED_POOL = "us-east-1:6f2a8b1c-3d4e-4f50-8a9b-0c1d2e3f4a5b";

    private final Lines out = new Lines();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void servesTheExampleSeedFromDocsUntilStoppedThenExitsZero() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"--port", "0", "--seed", "docs/examples/seed.json"},
                out.stream(),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                stop::await));

        String line = out.next();
        assertThat(line).matches("cognito-identity-fake listening on http://127\\.0\\.0\\.1:\\d+");
        URI endpoint = URI.create(line.substring(line.indexOf("http")));
        try (CognitoIdentityClient client = HttpClientKind.URL_CONNECTION.client(endpoint)) {
            GetIdentityPoolRolesResponse roles = client.getIdentityPoolRoles(b -> b.identityPoolId(SEEDED_POOL));

            assertThat(roles.roles())
                    .isEqualTo(Map.of(
                            "authenticated", "arn:aws:iam::123456789012:role/OrdersAuthenticated",
                            "unauthenticated", "arn:aws:iam::123456789012:role/OrdersGuest"));
            assertThat(roles.roleMappings())
                    .containsOnlyKeys("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123:7lhlkkfbfb4q5kpp90urffao");
        }
        stop.countDown();

        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(out.rest()).as("nothing but the one line on stdout").isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void verifiesSignaturesWhenAsked() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {
                    "--verify-signatures",
                    "--access-key",
                    "AKIAMAINTEST",
                    "--secret-key",
                    "main-secret",
                    "--region",
                    "eu-west-1"
                },
                out.stream(),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                stop::await));
        URI endpoint = URI.create(out.next().replaceFirst(".* listening on ", ""));

        try (CognitoIdentityClient right = HttpClientKind.APACHE
                        .builder(endpoint)
                        .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                        .credentialsProvider(HttpClientKind.credentials("AKIAMAINTEST", "main-secret"))
                        .build();
                CognitoIdentityClient wrong = HttpClientKind.APACHE
                        .builder(endpoint)
                        .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                        .build()) {
            String poolId = TestPools.create(right, "p");

            assertThat(poolId).startsWith("eu-west-1:");
            assertServiceError(
                    () -> wrong.listIdentityPools(b -> b.maxResults(1)),
                    CognitoIdentityException.class,
                    400,
                    "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
        } finally {
            stop.countDown();
        }
        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void printsTheHelpAndExitsZero() {
        int status = Main.run(new String[] {"--help"}, out.stream(), new PrintStream(err), () -> {
            throw new AssertionError("--help must not start a server");
        });

        assertThat(status).isZero();
        assertThat(out.all()).isEqualTo(ServerOptions.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void exitsTwoWithAClearMessageForABadOption() {
        int status = Main.run(
                new String[] {"--port", "http"},
                out.stream(),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> {
                    throw new AssertionError("a bad option must not start a server");
                });

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "cognito-identity-fake: --port must be a number from 0 to 65535 (0: any free port); got 'http'.\n"
                                + "Run with --help to see the options.\n");
        assertThat(out.all()).isEmpty();
    }

    @Test
    void exitsTwoForASeedFileTheFakeRefuses(@TempDir Path dir) throws IOException {
        Path seed = Files.writeString(
                dir.resolve("bad.json"),
                "[{\"IdentityPoolName\":\"a b!\"," + "\"AllowUnauthenticatedIdentities\":false}]");

        int status = Main.run(
                new String[] {"--seed", seed.toString()},
                out.stream(),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> {
                    throw new AssertionError("a bad seed must not start a server");
                });

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("cognito-identity-fake: cannot seed the fake: ")
                .contains("ValidationException")
                .contains("identityPoolName");
        assertThat(out.all()).isEmpty();
    }

    @Test
    void exitsOneWhenThePortIsTaken() throws IOException {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int status = Main.run(
                    new String[] {"--port", Integer.toString(taken.getLocalPort())},
                    out.stream(),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    () -> {
                        throw new AssertionError("no server may start");
                    });

            assertThat(status).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .isEqualTo("cognito-identity-fake: Cannot listen on "
                            + "127.0.0.1:" + taken.getLocalPort()
                            + ": Address already in use; choose another port, or port 0 "
                            + "for any free one\n");
        }
    }

    /** Standard output as the test sees it: whole lines as they are printed, waited for with a timeout. */
    private static final class Lines extends OutputStream {
        private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream all = new ByteArrayOutputStream();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        PrintStream stream() {
            return new PrintStream(this, true, StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void write(int b) {
            all.write(b);
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        String next() throws InterruptedException {
            String next = lines.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("a line on stdout within 30 s").isNotNull();
            return next;
        }

        synchronized String rest() {
            return String.join("\n", lines) + line.toString(StandardCharsets.UTF_8);
        }

        synchronized String all() {
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
