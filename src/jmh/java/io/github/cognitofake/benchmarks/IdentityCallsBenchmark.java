package io.github.cognitofake.benchmarks;

import io.github.cognitofake.CognitoIdentityFake;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdResponse;

/**
 * GetId (a known Facebook user) and GetCredentialsForIdentity (that user, with its login) through the fake,
 * against the SDK floor as in {@link RolesBenchmark}: the same client configuration over
 * {@link CannedHttpClient}, whose answers are the exact bodies the fake gave for these requests in set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IdentityCallsBenchmark {

    static final String FACEBOOK = "graph.facebook.com";
    static final Map<String, String> LOGINS = Map.of(FACEBOOK, "facebook-user-token");

    CognitoIdentityFake fake;
    CognitoIdentityClient fakeClient;
    CognitoIdentityClient floorClient;
    GetIdRequest getId;
    GetCredentialsForIdentityRequest getCredentials;

    @Setup(Level.Trial)
    public void setUp() {
        fake = CognitoIdentityFake.create();
        fakeClient = builder().build();
        Capturing capturing = new Capturing(fake.httpClient());
        CognitoIdentityClient capturingClient = builder().httpClient(capturing).build();
        prepare(capturingClient);
        capturingClient.getId(getId);
        capturingClient.getCredentialsForIdentity(getCredentials);
        capturingClient.close();

        CannedHttpClient canned = new CannedHttpClient(Map.of(
                "AWSCognitoIdentityService.GetId",
                CannedHttpClient.Canned.json(
                        RolesBenchmark.CANNED_REQUEST_ID,
                        RolesBenchmark.CANNED_DATE,
                        capturing.body("AWSCognitoIdentityService.GetId")),
                "AWSCognitoIdentityService.GetCredentialsForIdentity",
                CannedHttpClient.Canned.json(
                        RolesBenchmark.CANNED_REQUEST_ID,
                        RolesBenchmark.CANNED_DATE,
                        capturing.body("AWSCognitoIdentityService.GetCredentialsForIdentity"))));
        floorClient = builder().httpClient(canned).build();
        if (!floorClient.getId(getId).equalsBySdkFields(fakeClient.getId(getId))) {
            throw new IllegalStateException("The canned GetId answer differs from the fake's");
        }
        GetCredentialsForIdentityResponse fromFloor = floorClient.getCredentialsForIdentity(getCredentials);
        GetCredentialsForIdentityResponse fromFake = fakeClient.getCredentialsForIdentity(getCredentials);
        if (!fromFloor.identityId().equals(fromFake.identityId())
                || fromFloor.credentials().sessionToken().length()
                        != fromFake.credentials().sessionToken().length()) {
            throw new IllegalStateException("The canned GetCredentialsForIdentity answer differs from the fake's");
        }
    }

    /** A pool with Facebook as a provider, and one identity of one Facebook user. */
    private void prepare(CognitoIdentityClient client) {
        String poolId = client.createIdentityPool(b -> b.identityPoolName("bench")
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(Map.of(FACEBOOK, "bench-app")))
                .identityPoolId();
        client.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of("authenticated", RolesBenchmark.AUTH_ROLE)));
        getId = GetIdRequest.builder().identityPoolId(poolId).logins(LOGINS).build();
        String identityId = client.getId(getId).identityId();
        getCredentials = GetCredentialsForIdentityRequest.builder()
                .identityId(identityId)
                .logins(LOGINS)
                .build();
    }

    CognitoIdentityClientBuilder builder() {
        return fake.configure(CognitoIdentityClient.builder()
                .overrideConfiguration(o -> o.retryStrategy(RolesBenchmark.retryStrategy())));
    }

    /** Each iteration starts from a fresh fake state: the same journal and ledger sizes in every iteration. */
    @Setup(Level.Iteration)
    public void freshState() {
        fake.reset();
        prepare(fakeClient);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        floorClient.close();
        fakeClient.close();
        fake.close();
    }

    @Benchmark
    public GetIdResponse getId_fake() {
        return fakeClient.getId(getId);
    }

    @Benchmark
    public GetIdResponse getId_floor() {
        return floorClient.getId(getId);
    }

    @Benchmark
    public GetCredentialsForIdentityResponse getCredentialsForIdentity_fake() {
        return fakeClient.getCredentialsForIdentity(getCredentials);
    }

    @Benchmark
    public GetCredentialsForIdentityResponse getCredentialsForIdentity_floor() {
        return floorClient.getCredentialsForIdentity(getCredentials);
    }

    /** Passes requests to the fake and keeps the body of each answer, by target. */
    static final class Capturing implements SdkHttpClient {
        private final SdkHttpClient next;
        private final Map<String, String> bodies = new ConcurrentHashMap<>();

        Capturing(SdkHttpClient next) {
            this.next = next;
        }

        String body(String target) {
            String body = bodies.get(target);
            if (body == null) {
                throw new IllegalStateException("no answer captured for " + target);
            }
            return body;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            ExecutableHttpRequest call = next.prepareRequest(request);
            String target =
                    request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    HttpExecuteResponse response = call.call();
                    byte[] body = new byte[0];
                    if (response.responseBody().isPresent()) {
                        try (InputStream in = response.responseBody().get()) {
                            body = in.readAllBytes();
                        }
                    }
                    bodies.put(target, new String(body, java.nio.charset.StandardCharsets.UTF_8));
                    return HttpExecuteResponse.builder()
                            .response(response.httpResponse())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                            .build();
                }

                @Override
                public void abort() {
                    call.abort();
                }
            };
        }

        @Override
        public String clientName() {
            return "CognitoIdentityFakeBenchmarkCapturing";
        }

        @Override
        public void close() {
            // The fake owns the client it passes requests to.
        }
    }
}
