package io.github.cognitofake.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.internal.json.RecordCodec;
import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.internal.protocol.ConstraintValidator;
import io.github.cognitofake.internal.protocol.Json;
import io.github.cognitofake.internal.protocol.JsonShapeChecker;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.service.common.CallContext;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.roles.GetIdentityPoolRolesOutput;
import io.github.cognitofake.operation.Operation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesRequest;

/**
 * Where the fake's time goes, one layer at a time, on the exact HTTP requests the SDK sends in
 * {@link RolesBenchmark}. {@code *_T_fakeHttpClient} is everything the fake does for one attempt (its
 * in-process HTTP client: journal, fault plan, wire layer, response conversion); {@code *_0_wireHandle}
 * is {@link AwsJsonProtocol#handle} alone; then each step {@code handle} takes, each fed the previous
 * step's result computed once at setup. Not part of the default run: select it with
 * {@code -Djmh.args="... WireLayersBenchmark"}. It reaches into internal classes, so it follows them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WireLayersBenchmark {

    private static final String PREFIX = "AWSCognitoIdentityService.";
    private static final long SEED = 20261121L;

    CognitoIdentityFake fake;
    CognitoIdentityClient client;
    AwsJsonProtocol protocol;

    /** One operation's request as the SDK sent it, and each intermediate result of the wire layer. */
    static final class Stages {
        HttpExecuteRequest http;
        byte[] httpBody;
        WireRequest request;
        OperationModel model;
        OperationHandler<?> handler;
        JsonNode parsed;
        JsonNode normalized;
        Object input;
        Object output;
    }

    final Stages set = new Stages();
    final Stages get = new Stages();
    MethodHandle headersOf;

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
        // The fake and the stand-alone protocol make the same pool ids from the same seed, so the
        // recorded requests act on the same pool in both.
        fake = CognitoIdentityFake.builder().idSeed(SEED).build();
        CognitoIdentityService service = new CognitoIdentityService("us-east-1", IdSource.seeded(SEED));
        ServiceModel model = ServiceModel.cognitoIdentity();
        protocol = new AwsJsonProtocol(
                model, service::handler, io.github.cognitofake.internal.auth.Authentication.headerPresent());
        Recording recording = new Recording(fake.httpClient());
        client = fake.configure(CognitoIdentityClient.builder()
                        .overrideConfiguration(o -> o.retryStrategy(RolesBenchmark.retryStrategy())))
                .httpClient(recording)
                .build();

        String poolId = client.createIdentityPool(b -> b.identityPoolName("bench")
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(RolesBenchmark.USER_POOL)
                                .clientId(RolesBenchmark.CLIENT_ID)
                                .serverSideTokenCheck(false)
                                .build()))
                .identityPoolId();
        client.setIdentityPoolRoles(SetIdentityPoolRolesRequest.builder()
                .identityPoolId(poolId)
                .roles(Map.of("authenticated", RolesBenchmark.AUTH_ROLE, "unauthenticated", RolesBenchmark.GUEST_ROLE))
                .roleMappings(Map.of(RolesBenchmark.MAPPING_KEY, RolesBenchmark.rulesMapping()))
                .build());
        client.getIdentityPoolRoles(
                GetIdentityPoolRolesRequest.builder().identityPoolId(poolId).build());

        for (String op : new String[] {"CreateIdentityPool", "SetIdentityPoolRoles"}) {
            WireResponse replayed = protocol.handle(recording.wire(PREFIX + op));
            if (replayed.status() != 200) {
                throw new IllegalStateException(op + " replayed on the stand-alone protocol answered "
                        + replayed.status() + ": " + new String(replayed.body()));
            }
        }
        stages(set, recording, model, service, Operation.SET_IDENTITY_POOL_ROLES);
        stages(get, recording, model, service, Operation.GET_IDENTITY_POOL_ROLES);

        Class<?> headers = Class.forName("io.github.cognitofake.internal.protocol.Headers");
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(headers, MethodHandles.lookup());
        headersOf = lookup.findStatic(
                headers, "of", MethodType.methodType(Map.class, String.class, String.class, int.class));
    }

    private void stages(
            Stages stages, Recording recording, ServiceModel model, CognitoIdentityService service, Operation operation)
            throws Exception {
        String target = PREFIX + operation.wireName();
        stages.http = recording.http(target);
        stages.httpBody = recording.bodies.get(target);
        stages.request = recording.wire(target);
        stages.model = model.operation(operation.wireName()).orElseThrow();
        stages.handler = service.handler(operation).orElseThrow();
        stages.parsed = JsonTree.parse(stages.request.body());
        stages.normalized = JsonShapeChecker.normalize(stages.model.input(), stages.parsed);
        if (ConstraintValidator.validate(stages.model.input(), stages.normalized)
                .isPresent()) {
            throw new IllegalStateException("The recorded " + operation.wireName() + " request is invalid");
        }
        stages.input = RecordCodec.read(stages.normalized, stages.handler.inputType());
        stages.output = stages.handler.apply(stages.input, CallContext.NONE);
        if (protocol.handle(stages.request).status() != 200 || callFake(stages).length < 0) {
            throw new IllegalStateException(operation.wireName() + " does not succeed when replayed");
        }
    }

    /** The fake keeps a journal of every call it answers: keep it from growing across iterations. */
    @Setup(Level.Iteration)
    public void clearJournal() {
        fake.journal().clear();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        fake.close();
    }

    private byte[] callFake(Stages stages) throws IOException {
        ExecutableHttpRequest call = fake.httpClient().prepareRequest(stages.http);
        HttpExecuteResponse response = call.call();
        if (response.httpResponse().statusCode() != 200) {
            throw new IllegalStateException(
                    "The fake answered " + response.httpResponse().statusCode());
        }
        if (response.responseBody().isEmpty()) {
            return new byte[0];
        }
        try (InputStream body = response.responseBody().get()) {
            return body.readAllBytes();
        }
    }

    // SetIdentityPoolRoles

    @Benchmark
    public byte[] set_T_fakeHttpClient() throws IOException {
        return callFake(set);
    }

    @Benchmark
    public WireResponse set_0_wireHandle() {
        return protocol.handle(set.request);
    }

    @Benchmark
    public JsonNode set_1_parse() throws Exception {
        return JsonTree.parse(set.request.body());
    }

    @Benchmark
    public JsonNode set_2_shapeCheck() throws Exception {
        return JsonShapeChecker.normalize(set.model.input(), set.parsed);
    }

    @Benchmark
    public Object set_3_constraints() {
        return ConstraintValidator.validate(set.model.input(), set.normalized);
    }

    @Benchmark
    public Object set_4_bind() throws Exception {
        return RecordCodec.read(set.normalized, set.handler.inputType());
    }

    @Benchmark
    public Object set_5_service() {
        return set.handler.apply(set.input, CallContext.NONE);
    }

    // GetIdentityPoolRoles

    @Benchmark
    public byte[] get_T_fakeHttpClient() throws IOException {
        return callFake(get);
    }

    @Benchmark
    public WireResponse get_0_wireHandle() {
        return protocol.handle(get.request);
    }

    @Benchmark
    public JsonNode get_1_parse() throws Exception {
        return JsonTree.parse(get.request.body());
    }

    @Benchmark
    public JsonNode get_2_shapeCheck() throws Exception {
        return JsonShapeChecker.normalize(get.model.input(), get.parsed);
    }

    @Benchmark
    public Object get_3_constraints() {
        return ConstraintValidator.validate(get.model.input(), get.normalized);
    }

    @Benchmark
    public Object get_4_bind() throws Exception {
        return RecordCodec.read(get.normalized, get.handler.inputType());
    }

    @Benchmark
    public Object get_5_service() {
        return get.handler.apply(get.input, CallContext.NONE);
    }

    @Benchmark
    public byte[] get_6_serialize() throws Exception {
        return RecordCodec.toBytes(get.output);
    }

    /** What the mapper takes for the same output, beside the codec that replaced it. */
    @Benchmark
    public byte[] get_6m_serializeWithMapper() throws Exception {
        return MAPPER_WRITER.writeValueAsBytes(get.output);
    }

    /** What the mapper takes to parse the same request as {@link #set_1_parse}. */
    @Benchmark
    public JsonNode set_1m_parseWithMapper() throws Exception {
        return Json.MAPPER.readTree(set.request.body());
    }

    private static final ObjectWriter MAPPER_WRITER = Json.MAPPER.writerFor(GetIdentityPoolRolesOutput.class);

    // Both

    @Benchmark
    @SuppressWarnings("unchecked")
    public Map<String, String> both_7_headers() throws Throwable {
        return (Map<String, String>)
                headersOf.invokeExact(RolesBenchmark.CANNED_REQUEST_ID, "application/x-amz-json-1.1", 100);
    }

    @Benchmark
    public String both_8_requestId() {
        return IdSource.random().uuid();
    }

    /** Passes each request on to the fake, keeping the last request and body sent for each target. */
    static final class Recording implements SdkHttpClient {

        private final SdkHttpClient next;
        final Map<String, SdkHttpRequest> requests = new ConcurrentHashMap<>();
        final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

        Recording(SdkHttpClient next) {
            this.next = next;
        }

        /** The request again, replayable any number of times. */
        HttpExecuteRequest http(String target) {
            byte[] body = bodies.get(target);
            return HttpExecuteRequest.builder()
                    .request(requests.get(target))
                    .contentStreamProvider(() -> new ByteArrayInputStream(body))
                    .build();
        }

        /** The request as the wire layer receives it (as the fake's transport converts it). */
        WireRequest wire(String target) {
            SdkHttpRequest request = requests.get(target);
            return new WireRequest(
                    request.method().name(), request.encodedPath(), request.headers(), bodies.get(target));
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            byte[] body = new byte[0];
            if (request.contentStreamProvider().isPresent()) {
                try (InputStream content = request.contentStreamProvider().get().newStream()) {
                    body = content.readAllBytes();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            String target =
                    request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
            requests.put(target, request.httpRequest());
            bodies.put(target, body);
            return next.prepareRequest(http(target));
        }

        @Override
        public String clientName() {
            return "CognitoIdentityFakeBenchmarkRecording";
        }

        @Override
        public void close() {
            // The fake owns the client it passes requests to.
        }
    }
}
