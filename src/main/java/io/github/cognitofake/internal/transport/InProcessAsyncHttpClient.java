package io.github.cognitofake.internal.transport;

import io.github.cognitofake.internal.wire.WireHandler;
import io.github.cognitofake.internal.wire.WireResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 */
public final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {

    private final WireHandler handler;

    public InProcessAsyncHttpClient(WireHandler handler) {
        this.handler = handler;
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        SdkAsyncHttpResponseHandler responseHandler = request.responseHandler();
        CompletableFuture<Void> done = new CompletableFuture<>();
        collect(request.requestContentPublisher())
                .thenApply(body -> answer(request, body))
                .whenComplete((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                responseHandler.onError(cause);
                done.completeExceptionally(cause);
                return;
            }
            responseHandler.onHeaders(WireMessages.response(response));
            responseHandler.onStream(AsyncRequestBody.fromBytes(response.body()));
            done.complete(null);
        });
        return done;
    }

    private WireResponse answer(AsyncExecuteRequest request, byte[] body) {
        try {
            return handler.handle(WireMessages.request(request.request(), body));
        } catch (IOException connectionFailure) {
            throw new CompletionException(connectionFailure);
        }
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
