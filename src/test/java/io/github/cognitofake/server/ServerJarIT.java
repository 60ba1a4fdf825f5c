package io.github.cognitofake.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.testing.HttpClientKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The shaded jar as a user runs it: {@code java -jar}, one line on stdout, served until SIGTERM. Runs after
 * {@code package} (maven-failsafe-plugin), because it needs the jar the build makes.
 */
class ServerJarIT {

    @Test
    void runsAsJavaDashJarAndStopsOnSigterm() throws Exception {
        Path jar = Path.of(System.getProperty("server.jar", "target/missing-server.jar"));
        assertThat(jar).as("the shaded jar of this build").isRegularFile();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0",
                        "--seed",
                        "docs/examples/seed.json")
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(60, TimeUnit.SECONDS);
            assertThat(line).matches("cognito-identity-fake listening on http://127\\.0\\.0\\.1:\\d+");

            try (CognitoIdentityClient client =
                    HttpClientKind.URL_CONNECTION.client(URI.create(line.replaceFirst(".* listening on ", "")))) {
                assertThat(client.getIdentityPoolRoles(
                                        b -> b.identityPoolId("us-east-1:6f2a8b1c-3d4e-4f50-8a9b-0c1d2e3f4a5b"))
                                .roles())
                        .containsEntry("authenticated", "arn:aws:iam::123456789012:role/OrdersAuthenticated");
            }

            process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the streams read below
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("stopped within 30 s of SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook ran
            assertThat(readLine(stdout)).as("no second line on stdout").isNull();
            assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEmpty();
        } finally {
            process.destroyForcibly();
        }
        assertThat(Files.size(jar)).as("jar size").isLessThan(20L * 1024 * 1024);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
