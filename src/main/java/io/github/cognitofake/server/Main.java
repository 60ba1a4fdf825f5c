package io.github.cognitofake.server;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.seed.Fixture;
import io.github.cognitofake.seed.SeedException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The runnable server: {@code java -jar cognito-identity-fake-<version>-server.jar [options]}. It starts a
 * fake, seeds it from fixture files, serves it with a {@link CognitoIdentityFakeServer}, prints
 * {@code cognito-identity-fake listening on http://127.0.0.1:<port>} and runs until the JVM is asked to
 * stop (SIGTERM, Ctrl-C). {@code --help} lists the options; see docs/server.md.
 */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_CANNOT_LISTEN = 1;
    static final int EXIT_USAGE = 2;
    private static final String NAME = "cognito-identity-fake";

    private Main() {}

    /**
     * Runs the server until the JVM shuts down; exits with status 2 for bad options or seed files and 1
     * when it cannot listen.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopRequested.countDown();
                            try {
                                // The JVM halts when the hooks return: let the server close first.
                                if (!stopped.await(10, TimeUnit.SECONDS)) {
                                    System.err.println(
                                            NAME + ": did not stop within 10 s of the signal; exiting anyway");
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        NAME + "-shutdown"));
        int status;
        try {
            status = run(args, System.out, System.err, stopRequested::await);
        } finally {
            stopped.countDown();
        }
        if (status != EXIT_OK) {
            System.exit(status);
        }
    }

    /** Waits until the server should stop. */
    @FunctionalInterface
    interface StopSignal {
        void await() throws InterruptedException;
    }

    /**
     * Everything {@link #main} does, without exiting the JVM: parses the options, starts, prints the line,
     * waits for {@code stop}, and closes the server and the fake.
     *
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err, StopSignal stop) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (UsageException bad) {
            err.println(NAME + ": " + bad.getMessage());
            err.println("Run with --help to see the options.");
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.print(ServerOptions.USAGE);
            out.flush();
            return EXIT_OK;
        }
        try (CognitoIdentityFake fake = fake(options)) {
            try {
                for (Path seed : options.seeds()) {
                    fake.load(Fixture.fromPath(seed));
                }
            } catch (SeedException | UncheckedIOException badSeed) {
                err.println(NAME + ": cannot seed the fake: " + badSeed.getMessage());
                return EXIT_USAGE;
            }
            CognitoIdentityFakeServer server;
            try {
                server = CognitoIdentityFakeServer.builder(fake)
                        .host(options.host())
                        .port(options.port())
                        .maxRequestBytes(options.maxRequestBytes())
                        .maxConnections(options.maxConnections())
                        .start();
            } catch (UncheckedIOException cannotListen) {
                err.println(NAME + ": " + cannotListen.getMessage());
                return EXIT_CANNOT_LISTEN;
            }
            try (server) {
                out.println(NAME + " listening on " + server.endpoint());
                out.flush();
                stop.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return EXIT_OK;
    }

    private static CognitoIdentityFake fake(ServerOptions options) {
        CognitoIdentityFake.Builder builder =
                CognitoIdentityFake.builder().region(options.region()).accountId(options.accountId());
        if (options.idSeed() != null) {
            builder.idSeed(options.idSeed());
        }
        if (options.verifySignatures()) {
            builder.verifySignatures(options.accessKeyId(), options.secretAccessKey());
        }
        return builder.build();
    }
}
