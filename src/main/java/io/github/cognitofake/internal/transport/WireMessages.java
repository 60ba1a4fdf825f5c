package io.github.cognitofake.internal.transport;

import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/** Converts between the SDK's HTTP messages and the wire layer's. */
final class WireMessages {

    private WireMessages() {}

    static WireRequest request(SdkHttpRequest request, byte[] body) {
        return new WireRequest(
                request.method().name(),
                request.encodedPath(),
                request.headers(),
                body,
                request.encodedQueryParameters().orElse(null));
    }

    static SdkHttpResponse response(WireResponse response) {
        SdkHttpResponse.Builder builder = SdkHttpResponse.builder().statusCode(response.status());
        response.headers().forEach(builder::putHeader);
        return builder.build();
    }
}
