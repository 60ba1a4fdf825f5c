package io.github.cognitofake.internal.transport;

import io.github.cognitofake.internal.wire.WireHandler;
import io.github.cognitofake.internal.wire.WireResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * A synchronous SDK HTTP client that hands each request to the fake on the calling thread instead of
 * opening a connection. The SDK's marshalling, signing, retries and error handling run around it
 * unchanged.
 */
public final class InProcessHttpClient implements SdkHttpClient {

    static final String CLIENT_NAME = "CognitoIdentityFakeInProcess";
    private static final byte[] NO_BODY = new byte[0];

    private final WireHandler handler;

    public InProcessHttpClient(WireHandler handler) {
        this.handler = handler;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                byte[] body = NO_BODY;
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream content = request.contentStreamProvider().get().newStream()) {
                        body = content.readAllBytes();
                    }
                }
                WireResponse response = handler.handle(WireMessages.request(request.httpRequest(), body));
                return HttpExecuteResponse.builder()
                        .response(WireMessages.response(response))
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
                        .build();
            }

            @Override
            public void abort() {
                // Nothing to abort: the answer is computed synchronously on the caller's thread.
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
