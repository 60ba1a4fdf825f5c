package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Sends hand-made HTTP requests to the fake's in-process HTTP client, for what no SDK client would
 * send: bad JSON, wrong types, unknown targets, missing signatures.
 */
public final class RawHttp {

    public static final String JSON_1_1 = "application/x-amz-json-1.1";
    public static final String TARGET_PREFIX = "AWSCognitoIdentityService.";

    private final CognitoIdentityFake fake;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private SdkHttpMethod method = SdkHttpMethod.POST;

    private RawHttp(CognitoIdentityFake fake) {
        this.fake = fake;
        headers.put("Content-Type", JSON_1_1);
        headers.put(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121/us-east-1/"
                        + "cognito-identity/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=00");
    }

    /** A signed-looking POST with the awsJson 1.1 content type. */
    public static RawHttp to(CognitoIdentityFake fake) {
        return new RawHttp(fake);
    }

    public RawHttp operation(String operation) {
        return header("X-Amz-Target", TARGET_PREFIX + operation);
    }

    public RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public RawHttp without(String header) {
        headers.remove(header);
        return this;
    }

    public RawHttp method(SdkHttpMethod method) {
        this.method = method;
        return this;
    }

    public Response send(String body) {
        SdkHttpFullRequest.Builder request =
                SdkHttpFullRequest.builder().method(method).uri(fake.endpoint()).encodedPath("/");
        headers.forEach(request::putHeader);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            HttpExecuteResponse response = fake.httpClient()
                    .prepareRequest(HttpExecuteRequest.builder()
                            .request(request.build())
                            .contentStreamProvider(() -> new ByteArrayInputStream(bytes))
                            .build())
                    .call();
            String text = new String(response.responseBody().orElseThrow().readAllBytes(), StandardCharsets.UTF_8);
            return new Response(
                    response.httpResponse().statusCode(),
                    response.httpResponse().headers(),
                    text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }
}
