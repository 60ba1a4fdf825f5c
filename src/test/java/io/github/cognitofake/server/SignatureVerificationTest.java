package io.github.cognitofake.server;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.HttpClientKind;
import io.github.cognitofake.testing.Signing;
import io.github.cognitofake.testing.TestPools;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/**
 * A fake that verifies signatures, reached by real SDK clients in-process (sync and async) and over HTTP:
 * the right key pair passes, and every wrong one gets AWS's error.
 */
class SignatureVerificationTest {

    private static final String KEY = "AKIAFAKEVERIFYING01";
    private static final String SECRET = "s3cr3t/for+the+fake";
    private static final String MISMATCH = "The request signature we calculated does not match the signature you "
            + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for "
            + "details.";

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = CognitoIdentityFakeExtension.builder()
            .options(CognitoIdentityFake.builder().verifySignatures(KEY, SECRET).options())
            .build();

    private final CognitoIdentityFake fake;
    private final CognitoIdentityFakeServer server;

    SignatureVerificationTest(CognitoIdentityFake fake) {
        this.fake = fake;
        this.server = CognitoIdentityFakeServer.serve(fake);
    }

    @AfterEach
    void close() {
        server.close();
    }

    @BothClients
    void signsTheFakesOwnClientsWithTheKeyPairItVerifies(ClientKind kind) {
        CognitoIdentityClient client = kind.client(fake);

        assertThat(client.listIdentityPools(b -> b.maxResults(5)).identityPools())
                .isEmpty();
    }

    @BothClients
    void refusesAWrongSecretInProcess(ClientKind kind) {
        StaticCredentialsProvider wrong = StaticCredentialsProvider.create(
                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(KEY, "wrong"));
        try (CognitoIdentityClient sync = CognitoIdentityClient.builder()
                        .httpClient(fake.httpClient())
                        .endpointOverride(fake.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(wrong)
                        .build();
                CognitoIdentityAsyncClient async = CognitoIdentityAsyncClient.builder()
                        .httpClient(fake.asyncHttpClient())
                        .endpointOverride(fake.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(wrong)
                        .build()) {
            CognitoIdentityClient client = kind == ClientKind.SYNC ? sync : ClientKind.awaiting(async);

            assertServiceError(
                    () -> client.listIdentityPools(b -> b.maxResults(5)),
                    CognitoIdentityException.class,
                    400,
                    "InvalidSignatureException",
                    MISMATCH);
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void acceptsTheRightKeyPairOverHttp(HttpClientKind kind) {
        try (CognitoIdentityClient client = kind.builder(server.endpoint())
                .credentialsProvider(HttpClientKind.credentials(KEY, SECRET))
                .build()) {
            String poolId = TestPools.create(client, "signed");

            assertThat(client.describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolName())
                    .isEqualTo("signed");
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void refusesWrongCredentialsOverHttpWithAwssErrors(HttpClientKind kind) {
        try (CognitoIdentityClient wrongSecret = kind.builder(server.endpoint())
                        .credentialsProvider(HttpClientKind.credentials(KEY, "wrong"))
                        .build();
                CognitoIdentityClient unknownKey = kind.builder(server.endpoint())
                        .credentialsProvider(HttpClientKind.credentials("AKIAUNKNOWN", SECRET))
                        .build();
                CognitoIdentityClient otherRegion = kind.builder(server.endpoint())
                        .region(Region.EU_WEST_1)
                        .credentialsProvider(HttpClientKind.credentials(KEY, SECRET))
                        .build();
                CognitoIdentityClient withSessionToken = kind.builder(server.endpoint())
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsSessionCredentials.create(KEY, SECRET, "session-token")))
                        .build()) {
            assertServiceError(
                    () -> wrongSecret.listIdentityPools(b -> b.maxResults(5)),
                    CognitoIdentityException.class,
                    400,
                    "InvalidSignatureException",
                    MISMATCH);
            assertServiceError(
                    () -> unknownKey.listIdentityPools(b -> b.maxResults(5)),
                    CognitoIdentityException.class,
                    400,
                    "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
            assertServiceError(
                    () -> otherRegion.listIdentityPools(b -> b.maxResults(5)),
                    CognitoIdentityException.class,
                    400,
                    "InvalidSignatureException",
                    "Credential should be scoped to a valid region. ");
            assertServiceError(
                    () -> withSessionToken.listIdentityPools(b -> b.maxResults(5)),
                    CognitoIdentityException.class,
                    400,
                    "UnrecognizedClientException",
                    "The security token included in the request is invalid");
        }
    }

    @Test
    void refusesAStaleSignatureOverHttp() throws Exception {
        Instant signedAt = Instant.now().minus(Duration.ofMinutes(6));
        SdkHttpRequest signed = Signing.with(KEY, SECRET)
                .at(signedAt)
                .post(server.endpoint(), "ListIdentityPools", "{\"MaxResults\":5}");

        HttpResponse<String> response = send(signed, "{\"MaxResults\":5}");

        String date = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(signedAt);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidSignatureException:");
        assertThat(response.body())
                .matches("\\{\"__type\":\"InvalidSignatureException\",\"message\":\"Signature " + "expired: " + date
                        + " is now earlier than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 5 min\\.\\)\"}");
    }

    @Test
    void refusesARequestChangedAfterSigningOverHttp() throws Exception {
        SdkHttpRequest signed =
                Signing.with(KEY, SECRET).post(server.endpoint(), "ListIdentityPools", "{\"MaxResults\":5}");

        HttpResponse<String> response = send(signed, "{\"MaxResults\":50}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"__type\":\"InvalidSignatureException\",\"message\":\"" + MISMATCH + "\"}");
    }

    @Test
    void letsAnUnsignedRequestReachAnOperationThatNeedsNoSignature() throws Exception {
        HttpRequest unsigned = HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", RawConnection.JSON_1_1)
                .header("X-Amz-Target", "AWSCognitoIdentityService.GetId")
                .POST(HttpRequest.BodyPublishers.ofString("{\"IdentityPoolId\":\"bad\"}"))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(unsigned, HttpResponse.BodyHandlers.ofString());

        // Past the front door: the operation's own validation answers.
        assertThat(response.body()).startsWith("{\"__type\":\"ValidationException\"");
    }

    private HttpResponse<String> send(SdkHttpRequest signed, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(signed.getUri()).POST(HttpRequest.BodyPublishers.ofString(body));
        // java.net.http sets Host and Content-Length itself; the server sees the values that were signed.
        signed.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
