package io.github.cognitofake.internal.transport;

import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.pipeline.AttemptPipeline;
import io.github.cognitofake.internal.pipeline.PendingAttempt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * A synchronous SDK HTTP client that hands each request to the fake on the calling thread instead of
 * opening a connection. The SDK's marshalling, signing, retries and error handling run around it
 * unchanged.
 *
 * <p>Injected latency is waited out on the calling thread, interruptibly and cut short by
 * {@link ExecutableHttpRequest#abort()}: the SDK's {@code apiCallAttemptTimeout} and
 * {@code apiCallTimeout} interrupt and abort the attempt, exactly as with a slow real connection.
 */
public final class InProcessHttpClient implements SdkHttpClient {

    static final String CLIENT_NAME = "CognitoIdentityFakeInProcess";
    private static final byte[] NO_BODY = new byte[0];

    private final AttemptPipeline attempts;

    /** @param attempts the path every HTTP attempt takes: journal, strictness, faults, service */
    public InProcessHttpClient(AttemptPipeline attempts) {
        this.attempts = attempts;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            private final CountDownLatch aborted = new CountDownLatch(1);

            @Override
            public HttpExecuteResponse call() throws IOException {
                byte[] body = NO_BODY;
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream content =
                            request.contentStreamProvider().get().newStream()) {
                        body = content.readAllBytes();
                    }
                }
                PendingAttempt attempt = attempts.begin(WireMessages.request(request.httpRequest(), body));
                waitOut(attempt);
                return attempt.complete().carry(new Delivery.Carrier<HttpExecuteResponse>() {
                    @Override
                    public HttpExecuteResponse answer(WireResponse response) {
                        return respond(response, new ByteArrayInputStream(response.body()));
                    }

                    @Override
                    public HttpExecuteResponse truncated(WireResponse prefix, int advertisedLength) {
                        return respond(prefix, TruncatedBody.stream(prefix.body(), advertisedLength));
                    }

                    @Override
                    public HttpExecuteResponse broken(IOException failure) throws IOException {
                        throw failure;
                    }
                });
            }

            private HttpExecuteResponse respond(WireResponse response, InputStream body) {
                return HttpExecuteResponse.builder()
                        .response(WireMessages.response(response))
                        .responseBody(AbortableInputStream.create(body))
                        .build();
            }

            private void waitOut(PendingAttempt attempt) throws IOException {
                Duration delay = attempt.delay();
                if (delay.isZero()) {
                    return;
                }
                try {
                    if (aborted.await(delay.toNanos(), TimeUnit.NANOSECONDS)) {
                        IOException abort =
                                new IOException("Request aborted while the fake's injected latency elapsed");
                        attempt.abandon(abort);
                        throw abort;
                    }
                } catch (InterruptedException interrupted) {
                    // The SDK interrupts the thread when an attempt times out; keep the flag for it to see.
                    Thread.currentThread().interrupt();
                    InterruptedIOException failure =
                            new InterruptedIOException("Interrupted while the fake's injected latency elapsed");
                    attempt.abandon(failure);
                    throw failure;
                }
            }

            @Override
            public void abort() {
                aborted.countDown();
            }
        };
    }

    @Override
    public String clientName() {
        return CLIENT_NAME;
    }

    @Override
    public void close() {
        // Owned by the fake, which has nothing to release here.
    }
}
