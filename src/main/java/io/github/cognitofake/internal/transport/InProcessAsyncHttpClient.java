package io.github.cognitofake.internal.transport;

import io.github.cognitofake.internal.http.Delivery;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.pipeline.AttemptPipeline;
import io.github.cognitofake.internal.pipeline.PendingAttempt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * An asynchronous SDK HTTP client that answers from the fake: it collects the request body the SDK
 * publishes, computes the answer, and publishes the response body back, without any network or thread
 * of its own.
 *
 * <p>Injected latency is a scheduled completion ({@link CompletableFuture#delayedExecutor}), so no thread
 * waits. When the SDK's timeout cancels the attempt's future first, the attempt is dropped without
 * reaching the service.
 */
public final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {

    private final AttemptPipeline attempts;

    /** @param attempts the path every HTTP attempt takes: journal, strictness, faults, service */
    public InProcessAsyncHttpClient(AttemptPipeline attempts) {
        this.attempts = attempts;
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        SdkAsyncHttpResponseHandler responseHandler = request.responseHandler();
        CompletableFuture<Void> done = new CompletableFuture<>();
        collect(request.requestContentPublisher())
                .thenApply(body -> attempts.begin(WireMessages.request(request.request(), body)))
                .thenCompose(attempt -> {
                    // The SDK's timeouts cancel this future: the journal records the attempt as given up then,
                    // not when its latency would have ended. Recording is once-only, so answered attempts stay
                    // answered.
                    done.whenComplete((ignored, failure) -> {
                        if (failure != null) {
                            attempt.abandon(failure);
                        }
                    });
                    return afterDelay(attempt, done);
                })
                .whenComplete((response, failure) -> {
                    if (done.isDone()) {
                        return; // cancelled by the SDK (timeout): nobody listens any more
                    }
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure;
                        responseHandler.onError(cause);
                        done.completeExceptionally(cause);
                        return;
                    }
                    deliver(response, responseHandler, done);
                });
        return done;
    }

    private static void deliver(Delivery delivery, SdkAsyncHttpResponseHandler handler, CompletableFuture<Void> done) {
        try {
            delivery.carry(new Delivery.Carrier<Void>() {
                @Override
                public Void answer(WireResponse response) {
                    handler.onHeaders(WireMessages.response(response));
                    handler.onStream(AsyncRequestBody.fromBytes(response.body()));
                    done.complete(null);
                    return null;
                }

                @Override
                public Void truncated(WireResponse prefix, int advertisedLength) {
                    handler.onHeaders(WireMessages.response(prefix));
                    handler.onStream(TruncatedBody.publisher(prefix.body(), advertisedLength));
                    done.complete(null);
                    return null;
                }

                @Override
                public Void broken(IOException failure) {
                    handler.onError(failure);
                    done.completeExceptionally(failure);
                    return null;
                }
            });
        } catch (IOException carriedWithoutThrowing) {
            throw new IllegalStateException(
                    "the async carrier reports failures to the handler", carriedWithoutThrowing);
        }
    }

    private static CompletableFuture<Delivery> afterDelay(PendingAttempt attempt, CompletableFuture<Void> done) {
        Duration delay = attempt.delay();
        if (delay.isZero()) {
            return CompletableFuture.completedFuture(null).thenApply(ignored -> answer(attempt));
        }
        Executor later = CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS);
        return CompletableFuture.supplyAsync(
                () -> {
                    if (done.isDone()) {
                        CancellationException gaveUp =
                                new CancellationException("The SDK gave up on the attempt during the injected latency");
                        attempt.abandon(gaveUp);
                        throw gaveUp;
                    }
                    return answer(attempt);
                },
                later);
    }

    private static Delivery answer(PendingAttempt attempt) {
        return attempt.complete();
    }

    private static CompletableFuture<byte[]> collect(Publisher<ByteBuffer> publisher) {
        CompletableFuture<byte[]> collected = new CompletableFuture<>();
        if (publisher == null) {
            collected.complete(new byte[0]);
            return collected;
        }
        publisher.subscribe(new Subscriber<ByteBuffer>() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                collected.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                collected.complete(bytes.toByteArray());
            }
        });
        return collected;
    }

    @Override
    public String clientName() {
        return InProcessHttpClient.CLIENT_NAME;
    }

    @Override
    public void close() {
        // Owned by the fake, which has nothing to release here.
    }
}
