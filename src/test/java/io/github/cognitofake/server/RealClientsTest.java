package io.github.cognitofake.server;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.AUTH;
import static io.github.cognitofake.testing.TestProviders.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.journal.RecordedAttempt;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.Strictness;
import io.github.cognitofake.testing.HttpClientKind;
import io.github.cognitofake.testing.TestPools;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/**
 * The Java SDK with its real HTTP clients against the loopback server: the same answers as in-process,
 * errors with their exact class, status, code and message, and faults that really happen on the wire.
 */
// LENIENT: the strictness test provokes a refusal on purpose and asserts it itself.
@CognitoIdentityFakeTest(strictness = Strictness.LENIENT)
class RealClientsTest {

    private static final String UNKNOWN_POOL = "us-east-1:00000000-0000-0000-0000-000000000000";

    private final CognitoIdentityFake fake;
    private final CognitoIdentityFakeServer server;

    RealClientsTest(CognitoIdentityFake fake) {
        this.fake = fake;
        this.server = CognitoIdentityFakeServer.serve(fake);
    }

    @AfterEach
    void close() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void createsAPoolThenSetsAndGetsItsRoles(HttpClientKind kind) {
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            String poolId = TestPools.withGuests(client, "app");
            client.setIdentityPoolRoles(
                    b -> b.identityPoolId(poolId).roles(Map.of("authenticated", AUTH, "unauthenticated", GUEST)));

            GetIdentityPoolRolesResponse roles = client.getIdentityPoolRoles(b -> b.identityPoolId(poolId));

            assertThat(poolId).matches("us-east-1:[0-9a-f-]{36}");
            assertThat(roles.identityPoolId()).isEqualTo(poolId);
            assertThat(roles.roles())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("authenticated", AUTH, "unauthenticated", GUEST));
            assertThat(roles.hasRoleMappings()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void answersErrorsExactlyAsInProcess(HttpClientKind kind) {
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            assertServiceError(
                    () -> client.getIdentityPoolRoles(b -> b.identityPoolId(UNKNOWN_POOL)),
                    ResourceNotFoundException.class,
                    400,
                    "ResourceNotFoundException",
                    "IdentityPool '" + UNKNOWN_POOL + "' not found.");
            assertServiceError(
                    () -> client.describeIdentityPool(b -> b.identityPoolId("no-colon")),
                    CognitoIdentityException.class,
                    400,
                    "ValidationException",
                    "1 validation error detected: Value 'no-colon' at 'identityPoolId' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+");
            String poolId = TestPools.create(client, "app");
            assertServiceError(
                    () -> client.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                            .roles(Map.of("authenticated", AUTH))
                            .roleMappings(Map.of(
                                    "graph.facebook.com",
                                    RoleMapping.builder()
                                            .type("Token")
                                            .ambiguousRoleResolution("Deny")
                                            .build()))),
                    InvalidParameterException.class,
                    400,
                    "InvalidParameterException",
                    "(graph.facebook.com) is not a valid RoleMapping ProviderName or is not a configured provider.");
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void refusesAnUnsignedRequestAsAwsDoes(HttpClientKind kind) {
        try (CognitoIdentityClient anonymous = kind.builder(server.endpoint())
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build()) {
            assertServiceError(
                    () -> anonymous.listIdentityPools(b -> b.maxResults(5)),
                    CognitoIdentityException.class,
                    400,
                    "MissingAuthenticationTokenException",
                    "Missing Authentication Token");
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void retriesInjectedThrottlingOverHttp(HttpClientKind kind) {
        // The SDK's default (legacy) retry mode makes 4 attempts.
        FaultRule throttling = fake.faults().on(LIST_IDENTITY_POOLS).throttle().times(2);
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            assertThat(client.listIdentityPools(b -> b.maxResults(5)).identityPools())
                    .isEmpty();

            assertThat(throttling.attemptsSeen()).isEqualTo(3);
            fake.faults().on(LIST_IDENTITY_POOLS).throttle().always();
            TooManyRequestsException error = assertServiceError(
                    () -> client.listIdentityPools(b -> b.maxResults(5)),
                    TooManyRequestsException.class,
                    400,
                    "TooManyRequestsException",
                    "Rate exceeded");
            assertThat(error).hasMessageEndingWith("(SDK Attempt Count: 4)");
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void reallyDropsTheConnectionForAConnectionReset(HttpClientKind kind) {
        fake.faults().on(LIST_IDENTITY_POOLS).connectionReset().always();
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            SdkClientException error = catchThrowableOfType(
                    SdkClientException.class, () -> client.listIdentityPools(b -> b.maxResults(5)));

            // The connection closes before any answer: each client reports it in its own words, as an I/O error.
            assertThat(error)
                    .hasMessageStartingWith("Unable to execute HTTP request: ")
                    .hasRootCauseInstanceOf(IOException.class);
            assertThat(error)
                    .hasMessageContaining(
                            kind == HttpClientKind.APACHE ? "failed to respond" : "Unexpected end of file from server");
            RecordedCall call = fake.journal().calls(LIST_IDENTITY_POOLS).get(0);
            assertThat(call.attempts())
                    .hasSize(4)
                    .allSatisfy(attempt -> assertThat(attempt.failure()).hasValue("Connection reset"));
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void survivesAResetAfterProcessingByRetryingTheCreate(HttpClientKind kind) {
        fake.faults().on(CREATE_IDENTITY_POOL).connectionResetAfterProcessing().once();
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            client.createIdentityPool(b -> b.identityPoolName("orders").allowUnauthenticatedIdentities(false));

            // The first attempt created a pool whose answer was lost; the retry created a second one.
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void sendsATruncatedBodyShortOfItsContentLength(HttpClientKind kind) {
        String poolId = fake.seed(s -> s.identityPool("app", p -> p.authenticatedRole(AUTH)))
                .poolId("app");
        fake.faults().on(GET_IDENTITY_POOL_ROLES).truncatedBody().always();
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            SdkClientException error = catchThrowableOfType(
                    SdkClientException.class, () -> client.getIdentityPoolRoles(b -> b.identityPoolId(poolId)));

            assertThat(error).hasRootCauseInstanceOf(IOException.class);
            if (kind == HttpClientKind.APACHE) {
                assertThat(error).hasMessageContaining("Premature end of Content-Length delimited message body");
            }
            assertThat(fake.journal().calls(GET_IDENTITY_POOL_ROLES).get(0).attempts())
                    .hasSize(4)
                    .extracting(RecordedAttempt::status)
                    .allSatisfy(status -> assertThat(status).hasValue(200));
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void sendsAMalformedBodyAsItIs(HttpClientKind kind) {
        String poolId = fake.seed(s -> s.identityPool("app", p -> p.authenticatedRole(AUTH)))
                .poolId("app");
        FaultRule malformed =
                fake.faults().on(DESCRIBE_IDENTITY_POOL).malformedBody().once();
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            assertThat(client.describeIdentityPool(b -> b.identityPoolId(poolId))
                            .identityPoolName())
                    .isEqualTo("app");

            assertThat(malformed.attemptsSeen()).isEqualTo(2); // the SDK could not parse the first answer and retried
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void makesTheClientWaitForInjectedLatency(HttpClientKind kind) {
        FaultRule slow = fake.faults()
                .on(LIST_IDENTITY_POOLS)
                .latency(Duration.ofMillis(900))
                .once();
        try (CognitoIdentityClient client = kind.builder(server.endpoint())
                .overrideConfiguration(o -> o.apiCallAttemptTimeout(Duration.ofMillis(300)))
                .build()) {
            assertThat(client.listIdentityPools(b -> b.maxResults(5)).identityPools())
                    .isEmpty();

            // The first attempt timed out on the client while the server held it; the retry was answered at once.
            assertThat(slow.attemptsSeen()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClientKind.class)
    void refusesWhatAStrictFakeDoesNotExpect(HttpClientKind kind) {
        fake.expect(LIST_IDENTITY_POOLS);
        try (CognitoIdentityClient client = kind.client(server.endpoint())) {
            assertServiceError(
                    () -> client.describeIdentityPool(b -> b.identityPoolId(UNKNOWN_POOL)),
                    CognitoIdentityException.class,
                    400,
                    "CognitoIdentityFakeUnexpectedCallException",
                    "cognito-identity-fake is strict and did not expect DescribeIdentityPool; it expects only "
                            + "[ListIdentityPools]. If the call is intended, add it with "
                            + "fake.expect(Operation.DESCRIBE_IDENTITY_POOL).");
        }
    }
}
