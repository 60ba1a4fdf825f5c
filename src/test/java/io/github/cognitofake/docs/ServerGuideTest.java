package io.github.cognitofake.docs;

import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.seed.Fixture;
import io.github.cognitofake.server.CognitoIdentityFakeServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/** The examples of docs/server.md, run as tests. */
// The SDK deprecates its Apache 4 client in favour of Apache 5, but it is the one most users still run.
@SuppressWarnings("deprecation")
class ServerGuideTest {

    // tag::serve[]
    @Test
    void servesAFakeOverHttp() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create();
                CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake); // 127.0.0.1, a free port
                CognitoIdentityClient client = CognitoIdentityClient.builder()
                        .httpClient(ApacheHttpClient.create()) // a real HTTP client, a real socket
                        .endpointOverride(server.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "any-secret")))
                        .build()) {
            String poolId = fake.seed(s -> s.identityPool("app", p -> p
                    .authenticatedRole("arn:aws:iam::123456789012:role/Auth"))).poolId("app");

            assertThat(client.getIdentityPoolRoles(b -> b.identityPoolId(poolId)).roles())
                    .isEqualTo(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth"));
        }
    }
    // end::serve[]

    @Test
    void faultsHappenOnTheWire() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create();
                CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);
                CognitoIdentityClient client = apacheClient(server)) {
            String poolId = fake.seed(s -> s.identityPool("app", p -> p
                    .authenticatedRole("arn:aws:iam::123456789012:role/Auth"))).poolId("app");
            // tag::faults[]
            fake.faults().on(GET_IDENTITY_POOL_ROLES).connectionReset().always();

            SdkClientException error = org.junit.jupiter.api.Assertions.assertThrows(SdkClientException.class,
                    () -> client.getIdentityPoolRoles(b -> b.identityPoolId(poolId)));

            // The server closed each connection without an answer; the SDK retried, then gave up.
            assertThat(error).hasMessageContaining("failed to respond");
            assertThat(fake.journal().calls(GET_IDENTITY_POOL_ROLES).get(0).attempts()).hasSize(4);
            // end::faults[]
        }
    }

    @Test
    void verifiesSignatures() {
        // tag::signatures[]
        try (CognitoIdentityFake fake = CognitoIdentityFake.builder()
                        .verifySignatures("AKIAIOSFODNN7EXAMPLE", "the-only-secret")
                        .build();
                CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);
                CognitoIdentityClient wrongSecret = CognitoIdentityClient.builder()
                        .httpClient(ApacheHttpClient.create())
                        .endpointOverride(server.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "another-secret")))
                        .build()) {
            CognitoIdentityException error = org.junit.jupiter.api.Assertions.assertThrows(
                    CognitoIdentityException.class, () -> wrongSecret.listIdentityPools(b -> b.maxResults(10)));

            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            assertThat(fake.client().listIdentityPools(b -> b.maxResults(10)).identityPools()).isEmpty(); // signs right
        }
        // end::signatures[]
    }

    /** The refusal of the signatures example above, field by field. */
    @Test
    void verifiesSignaturesInFull() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.builder()
                        .verifySignatures("AKIAIOSFODNN7EXAMPLE", "the-only-secret")
                        .build();
                CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);
                CognitoIdentityClient wrongSecret = CognitoIdentityClient.builder()
                        .httpClient(ApacheHttpClient.create())
                        .endpointOverride(server.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "another-secret")))
                        .build()) {
            assertServiceError(
                    () -> wrongSecret.listIdentityPools(b -> b.maxResults(10)),
                    CognitoIdentityException.class,
                    400,
                    "InvalidSignatureException",
                    "The request signature we calculated does not match the signature you provided. Check your AWS "
                            + "Secret Access Key and signing method. Consult the service documentation for details.");
        }
    }

    @Test
    void takesSettings() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            // tag::builder[]
            CognitoIdentityFakeServer server = CognitoIdentityFakeServer.builder(fake)
                    .host("127.0.0.1")                         // the default; "0.0.0.0" for every address
                    .port(0)                                   // the default: any free port; see server.port()
                    .maxRequestBytes(1024 * 1024)              // larger bodies get 413 unread
                    .requestReadTimeout(Duration.ofSeconds(30)) // a client that stalls longer is cut off
                    .threads(64)                               // requests answered at once
                    .start();
            // end::builder[]
            try (server) {
                assertThat(server.endpoint()).hasToString("http://127.0.0.1:" + server.port());
            }
        }
    }

    /** docs/examples/seed.json is what the README's server command loads: it must stay a valid fixture. */
    @Test
    void theExampleSeedIsAValidFixture() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            String poolId = fake.load(Fixture.fromPath(Path.of("docs/examples/seed.json"))).poolId("orders_app");

            assertThat(poolId).isEqualTo("us-east-1:6f2a8b1c-3d4e-4f50-8a9b-0c1d2e3f4a5b");
            assertThat(fake.client().getIdentityPoolRoles(b -> b.identityPoolId(poolId)).roleMappings()).hasSize(1);
        }
    }

    private static CognitoIdentityClient apacheClient(CognitoIdentityFakeServer server) {
        return CognitoIdentityClient.builder()
                .httpClient(ApacheHttpClient.create())
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "any-secret")))
                .overrideConfiguration(o -> o.retryStrategy(r -> r.backoffStrategy(
                        software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())))
                .build();
    }
}
