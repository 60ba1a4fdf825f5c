package io.github.cognitofake.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/** One HTTP exchange with the fake's in-process {@link SdkHttpClient}, as bytes: what a fuzzer sends and gets. */
final class Wire {

    static final String TARGET = "X-Amz-Target";
    static final String CONTENT_TYPE = "Content-Type";
    static final String AUTHORIZATION = "Authorization";
    static final String JSON_1_1 = "application/x-amz-json-1.1";
    static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    static final String FAKE_AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121/us-east-1/"
            + "cognito-identity/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00";

    private Wire() {}

    /** A request: method, headers in order (a null value leaves the header out), body. */
    record Request(SdkHttpMethod method, Map<String, String> headers, byte[] body) {

        /** A POST as the SDK sends it: awsJson 1.1, the target, a (never verified) Authorization header. */
        static Request post(String operation, byte[] body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(CONTENT_TYPE, JSON_1_1);
            headers.put(TARGET, TARGET_PREFIX + operation);
            headers.put(AUTHORIZATION, FAKE_AUTHORIZATION);
            return new Request(SdkHttpMethod.POST, headers, body);
        }

        Request withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Request(method, copy, body);
        }

        Request withMethod(SdkHttpMethod other) {
            return new Request(other, headers, body);
        }
    }

    /** An answer: status, headers (names as the fake wrote them), body bytes. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Answer send(SdkHttpClient client, URI endpoint, Request request) {
        SdkHttpFullRequest.Builder http = SdkHttpFullRequest.builder()
                .method(request.method())
                .uri(endpoint)
                .encodedPath("/");
        request.headers().forEach((name, value) -> {
            if (value != null) {
                http.putHeader(name, value);
            }
        });
        byte[] body = request.body();
        try {
            HttpExecuteResponse response = client.prepareRequest(HttpExecuteRequest.builder()
                            .request(http.build())
                            .contentStreamProvider(() -> new ByteArrayInputStream(body))
                            .build())
                    .call();
            byte[] answer;
            try (InputStream in = response.responseBody().orElse(null)) {
                answer = in == null ? new byte[0] : in.readAllBytes();
            }
            return new Answer(
                    response.httpResponse().statusCode(),
                    response.httpResponse().headers(),
                    answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
