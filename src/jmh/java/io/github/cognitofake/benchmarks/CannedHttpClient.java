package io.github.cognitofake.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The "SDK floor": an {@link SdkHttpClient} that answers every request with a response built once,
 * chosen by the request's {@code X-Amz-Target}. Like the fake's in-process client it reads the whole
 * request body, so the SDK's marshalling and body streaming are not skipped; everything else it does
 * is a map lookup. What is left when a client talks to it is the cost of the SDK itself.
 */
final class CannedHttpClient implements SdkHttpClient {

    private static final String TARGET = "X-Amz-Target";

    /** One prepared answer: status and headers are immutable, the body is replayed from one array. */
    record Canned(SdkHttpResponse response, byte[] body) {

        static Canned json(String requestId, String date, String json) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            SdkHttpResponse response = SdkHttpResponse.builder()
                    .statusCode(200)
                    .putHeader("x-amzn-RequestId", requestId)
                    .putHeader("Content-Type", "application/x-amz-json-1.1")
                    .putHeader("Content-Length", Integer.toString(body.length))
                    .putHeader("Date", date)
                    .build();
            return new Canned(response, body);
        }
    }

    private final Map<String, Canned> byTarget;
    /** Request bytes read so far; kept so the reading cannot be optimised away. */
    private long bytesRead;

    CannedHttpClient(Map<String, Canned> byTarget) {
        this.byTarget = Map.copyOf(byTarget);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                // Read the body fully, as the fake's in-process client does before it answers.
                if (request.contentStreamProvider().isPresent()) {
                    ContentStreamProvider provider =
                            request.contentStreamProvider().get();
                    try (InputStream content = provider.newStream()) {
                        bytesRead += content.readAllBytes().length;
                    }
                }
                List<String> target = request.httpRequest().headers().get(TARGET);
                Canned canned = target == null ? null : byTarget.get(target.get(0));
                if (canned == null) {
                    throw new IOException("No canned answer for " + TARGET + " " + target);
                }
                return HttpExecuteResponse.builder()
                        .response(canned.response())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(canned.body())))
                        .build();
            }

            @Override
            public void abort() {
                // Answers synchronously: nothing to abort.
            }
        };
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public String clientName() {
        return "CognitoIdentityFakeBenchmarkCanned";
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
