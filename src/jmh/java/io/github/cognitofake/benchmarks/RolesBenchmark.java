package io.github.cognitofake.benchmarks;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.List;
import java.util.Map;
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
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesResponse;

/**
 * GetIdentityPoolRoles and SetIdentityPoolRoles through the fake, against the "SDK floor": the same
 * client configuration whose HTTP client returns a canned, correct answer (see docs/performance.md).
 * Both clients send the same prebuilt request objects, so the difference between a {@code fake} and a
 * {@code floor} figure is the time the fake spends answering.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RolesBenchmark {

    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123";
    static final String CLIENT_ID = "client1";
    static final String MAPPING_KEY = USER_POOL + ":" + CLIENT_ID;
    static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/Auth";
    static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/Guest";
    static final String CANNED_REQUEST_ID = "6f1c0e3a-5b7d-4c2e-9a8b-0d1e2f3a4b5c";
    static final String CANNED_DATE = "Sat, 21 Nov 2026 00:00:00 GMT";

    /**
     * The retry strategy {@link CognitoIdentityFake#client()} gives its client (the SDK's default mode,
     * without backoff), one per client as there. Nothing is retried in these benchmarks; it is set so
     * the fake's client and the floor's are configured identically.
     */
    static RetryStrategy retryStrategy() {
        return AwsRetryStrategy.forRetryMode(RetryMode.resolver().resolve()).toBuilder()
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build();
    }

    CognitoIdentityFake fake;
    CannedHttpClient canned;
    CognitoIdentityClient fakeClient;
    CognitoIdentityClient floorClient;
    GetIdentityPoolRolesRequest getRequest;
    SetIdentityPoolRolesRequest setRequest;

    @Setup(Level.Trial)
    public void setUp() {
        fake = CognitoIdentityFake.create();
        fakeClient = builder().build();

        String poolId = fakeClient
                .createIdentityPool(b -> b.identityPoolName("bench")
                        .allowUnauthenticatedIdentities(true)
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId(CLIENT_ID)
                                .serverSideTokenCheck(false)
                                .build()))
                .identityPoolId();
        getRequest =
                GetIdentityPoolRolesRequest.builder().identityPoolId(poolId).build();
        setRequest = SetIdentityPoolRolesRequest.builder()
                .identityPoolId(poolId)
                .roles(Map.of("authenticated", AUTH_ROLE, "unauthenticated", GUEST_ROLE))
                .roleMappings(Map.of(MAPPING_KEY, rulesMapping()))
                .build();
        // The pool holds exactly what every SetIdentityPoolRoles call sets again: the state never grows.
        fakeClient.setIdentityPoolRoles(setRequest);

        canned = new CannedHttpClient(Map.of(
                "AWSCognitoIdentityService.GetIdentityPoolRoles",
                CannedHttpClient.Canned.json(CANNED_REQUEST_ID, CANNED_DATE, getRolesBody(poolId)),
                "AWSCognitoIdentityService.SetIdentityPoolRoles",
                CannedHttpClient.Canned.json(CANNED_REQUEST_ID, CANNED_DATE, "")));
        floorClient = builder().httpClient(canned).build();

        checkBothAnswerTheSame();
    }

    /** Both clients come from here; the floor's then only swaps its HTTP client. */
    CognitoIdentityClientBuilder builder() {
        // As fake.client() does: the retry strategy first, since configure() merges into it.
        return fake.configure(
                CognitoIdentityClient.builder().overrideConfiguration(o -> o.retryStrategy(retryStrategy())));
    }

    static RoleMapping rulesMapping() {
        return RoleMapping.builder()
                .type(RoleMappingType.RULES)
                .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                .rulesConfiguration(RulesConfigurationType.builder()
                        .rules(
                                rule("custom:department", MappingRuleMatchType.EQUALS, "engineering", "Engineer"),
                                rule("cognito:groups", MappingRuleMatchType.CONTAINS, "admins", "Admin"),
                                rule("email", MappingRuleMatchType.NOT_EQUAL, "guest@example.com", "Member"))
                        .build())
                .build();
    }

    private static MappingRule rule(String claim, MappingRuleMatchType match, String value, String role) {
        return MappingRule.builder()
                .claim(claim)
                .matchType(match)
                .value(value)
                .roleARN("arn:aws:iam::123456789012:role/" + role)
                .build();
    }

    /** What the service answers GetIdentityPoolRoles for the pool set up above. */
    static String getRolesBody(String poolId) {
        return "{\"IdentityPoolId\":\"" + poolId + "\","
                + "\"Roles\":{\"authenticated\":\"" + AUTH_ROLE + "\",\"unauthenticated\":\"" + GUEST_ROLE + "\"},"
                + "\"RoleMappings\":{\"" + MAPPING_KEY + "\":{\"Type\":\"Rules\",\"AmbiguousRoleResolution\":\"Deny\","
                + "\"RulesConfiguration\":{\"Rules\":["
                + "{\"Claim\":\"custom:department\",\"MatchType\":\"Equals\",\"Value\":\"engineering\","
                + "\"RoleARN\":\"arn:aws:iam::123456789012:role/Engineer\"},"
                + "{\"Claim\":\"cognito:groups\",\"MatchType\":\"Contains\",\"Value\":\"admins\","
                + "\"RoleARN\":\"arn:aws:iam::123456789012:role/Admin\"},"
                + "{\"Claim\":\"email\",\"MatchType\":\"NotEqual\",\"Value\":\"guest@example.com\","
                + "\"RoleARN\":\"arn:aws:iam::123456789012:role/Member\"}]}}}}";
    }

    /** A floor that answered less than the fake would flatter the fake: refuse to measure then. */
    private void checkBothAnswerTheSame() {
        GetIdentityPoolRolesResponse fromFake = fakeClient.getIdentityPoolRoles(getRequest);
        GetIdentityPoolRolesResponse fromFloor = floorClient.getIdentityPoolRoles(getRequest);
        if (!fromFake.equalsBySdkFields(fromFloor)
                || !fromFake.hasRoleMappings()
                || fromFake.roleMappings()
                                .get(MAPPING_KEY)
                                .rulesConfiguration()
                                .rules()
                                .size()
                        != 3) {
            throw new IllegalStateException(
                    "The canned GetIdentityPoolRoles answer differs from the fake's:\n" + fromFake + "\n" + fromFloor);
        }
        SetIdentityPoolRolesResponse setByFake = fakeClient.setIdentityPoolRoles(setRequest);
        SetIdentityPoolRolesResponse setByFloor = floorClient.setIdentityPoolRoles(setRequest);
        if (!setByFake.equalsBySdkFields(setByFloor)) {
            throw new IllegalStateException("The canned SetIdentityPoolRoles answer differs from the fake's");
        }
        List<String> headers = List.of("x-amzn-RequestId", "Content-Type", "Content-Length", "Date");
        for (String header : headers) {
            if (fromFake.sdkHttpResponse().firstMatchingHeader(header).isEmpty()
                    || fromFloor.sdkHttpResponse().firstMatchingHeader(header).isEmpty()) {
                throw new IllegalStateException("Header " + header + " is missing from one of the answers");
            }
        }
        // Both clients carry the fake's recording interceptor: a floor call is journaled like a fake call.
        int before = fake.journal().calls().size();
        floorClient.getIdentityPoolRoles(getRequest);
        fakeClient.getIdentityPoolRoles(getRequest);
        if (fake.journal().calls().size() != before + 2) {
            throw new IllegalStateException("The two clients are not configured alike: journal went from " + before
                    + " to " + fake.journal().calls().size() + " calls after one call of each");
        }
        if (canned.bytesRead() == 0) {
            throw new IllegalStateException("The canned client read no request body");
        }
    }

    /**
     * The fake's journal records every call of both clients (both carry its recording interceptor):
     * keep it from growing across iterations, as a test would with {@code reset()}.
     */
    @Setup(Level.Iteration)
    public void clearJournal() {
        fake.journal().clear();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        floorClient.close();
        fakeClient.close();
        fake.close();
    }

    @Benchmark
    public GetIdentityPoolRolesResponse getIdentityPoolRoles_fake() {
        return fakeClient.getIdentityPoolRoles(getRequest);
    }

    @Benchmark
    public GetIdentityPoolRolesResponse getIdentityPoolRoles_floor() {
        return floorClient.getIdentityPoolRoles(getRequest);
    }

    @Benchmark
    public SetIdentityPoolRolesResponse setIdentityPoolRoles_fake() {
        return fakeClient.setIdentityPoolRoles(setRequest);
    }

    @Benchmark
    public SetIdentityPoolRolesResponse setIdentityPoolRoles_floor() {
        return floorClient.setIdentityPoolRoles(setRequest);
    }
}
