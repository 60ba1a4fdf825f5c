package io.github.cognitofake.testing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Signs requests with the Java SDK's own SigV4 signer, as a real client signs them. */
public final class Signing {

    public static final String SERVICE = "cognito-identity";

    private final AwsCredentialsIdentity identity;
    private String region = "us-east-1";
    private String service = SERVICE;
    private Clock clock = Clock.systemUTC();

    private Signing(AwsCredentialsIdentity identity) {
        this.identity = identity;
    }

    public static Signing with(AwsCredentialsIdentity identity) {
        return new Signing(identity);
    }

    public static Signing with(String accessKeyId, String secretAccessKey) {
        return new Signing(AwsCredentialsIdentity.create(accessKeyId, secretAccessKey));
    }

    public Signing region(String region) {
        this.region = region;
        return this;
    }

    public Signing service(String service) {
        this.service = service;
        return this;
    }

    /** Signs as if the client's clock showed this instant. */
    public Signing at(Instant instant) {
        this.clock = Clock.fixed(instant, ZoneOffset.UTC);
        return this;
    }

    /** A signed awsJson 1.1 POST of the body to the operation, for the endpoint's host and port. */
    public SdkHttpRequest post(java.net.URI endpoint, String operation, String body) {
        return sign(
                SdkHttpFullRequest.builder()
                        .method(SdkHttpMethod.POST)
                        .uri(endpoint)
                        .encodedPath("/")
                        .putHeader("Content-Type", "application/x-amz-json-1.1")
                        .putHeader("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                        .build(),
                body);
    }

    public SdkHttpRequest sign(SdkHttpRequest request, String body) {
        return AwsV4HttpSigner.create()
                .sign(r -> r.identity(identity)
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(body.getBytes(StandardCharsets.UTF_8)))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(HttpSigner.SIGNING_CLOCK, clock))
                .request();
    }
}
