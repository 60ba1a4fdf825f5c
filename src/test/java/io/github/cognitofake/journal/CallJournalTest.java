package io.github.cognitofake.journal;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.fault.FaultKind;
import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.RawHttp;
import io.github.cognitofake.testing.TestPools;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** The journal records every call, typed, with its HTTP attempts, faults, timing and thread. */
class CallJournalTest {

    private static final String UNKNOWN_POOL = "us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    // A fake of its own, not the extension's: these tests assert the journal's call numbers, which start at #1
    // in a new fake and go on counting in a fake that was reset and lent again.
    private final CognitoIdentityFake fake = CognitoIdentityFake.create();

    @AfterEach
    void close() {
        fake.close();
    }

    @BothClients
    void recordsTypedRequestsResponsesAttemptsAndTheThread(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        String poolId = TestPools.create(cognito, "app");
        cognito.describeIdentityPool(b -> b.identityPoolId(poolId));

        List<RecordedCall> calls = fake.journal().calls();
        assertThat(calls).hasSize(2);
        RecordedCall create = calls.get(0);
        assertThat(create.sequence()).isEqualTo(1);
        assertThat(create.operation()).contains(CREATE_IDENTITY_POOL);
        assertThat(create.source()).isEqualTo(CallSource.SDK_CLIENT);
        assertThat(create.request(CreateIdentityPoolRequest.class).orElseThrow().identityPoolName())
                .isEqualTo("app");
        assertThat(create.response())
                .get()
                .isInstanceOf(CreateIdentityPoolResponse.class)
                .extracting(r -> ((CreateIdentityPoolResponse) r).identityPoolId())
                .isEqualTo(poolId);
        assertThat(create.failure()).isEmpty();
        assertThat(create.completed()).isTrue();
        assertThat(create.succeeded()).isTrue();
        assertThat(create.threadName()).isEqualTo(Thread.currentThread().getName());
        assertThat(create.duration()).get().isNotNull();
        assertThat(create.attempts()).hasSize(1);
        RecordedAttempt attempt = create.attempts().get(0);
        assertThat(attempt.number()).isEqualTo(1);
        assertThat(attempt.status()).isEqualTo(OptionalInt.of(200));
        assertThat(attempt.errorCode()).isEmpty();
        assertThat(attempt.requestId()).get().asString().hasSize(36);
        assertThat(attempt.faults()).isEmpty();
        assertThat(calls.get(1).operation()).contains(DESCRIBE_IDENTITY_POOL);
    }

    @BothClients
    void recordsEachRetriedAttemptWithItsFault(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = TestPools.create(cognito, "app");
        fake.journal().clear();
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);

        cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId));

        RecordedCall call = fake.journal().calls().get(0);
        assertThat(call.attempts()).extracting(a -> a.status().getAsInt()).containsExactly(400, 400, 200);
        assertThat(call.attempts())
                .extracting(a -> a.errorCode().orElse(null))
                .containsExactly("TooManyRequestsException", "TooManyRequestsException", null);
        assertThat(call.attempts().get(0).faults())
                .containsExactly(
                        new InjectedFault(FaultKind.ERROR, "TooManyRequestsException (HTTP 400): Rate exceeded"));
        assertThat(call.attempts().get(2).faults()).isEmpty();
        assertThat(call.succeeded()).isTrue();
    }

    @BothClients
    void recordsTheExceptionTheCodeGot(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().always();

        Throwable thrown = catchThrowable(() -> cognito.describeIdentityPool(b -> b.identityPoolId(UNKNOWN_POOL)));

        RecordedCall call = fake.journal().calls().get(0);
        assertThat(thrown).isInstanceOf(TooManyRequestsException.class);
        assertThat(call.failure())
                .get()
                .isInstanceOf(TooManyRequestsException.class)
                .extracting(Throwable::getMessage)
                .isEqualTo(thrown.getMessage());
        assertThat(call.succeeded()).isFalse();
        assertThat(call.completed()).isTrue();
        assertThat(call.attempts())
                .hasSize(4)
                .allSatisfy(a -> assertThat(a.status()).hasValue(400));
    }

    @BothClients
    void recordsServiceErrorsWithoutFaults(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        catchThrowable(() -> cognito.describeIdentityPool(b -> b.identityPoolId(UNKNOWN_POOL)));

        RecordedCall call = fake.journal().calls().get(0);
        assertThat(call.failure()).get().isInstanceOf(ResourceNotFoundException.class);
        assertThat(call.attempts()).singleElement().satisfies(a -> {
            assertThat(a.status()).hasValue(400);
            assertThat(a.errorCode()).contains("ResourceNotFoundException");
            assertThat(a.faults()).isEmpty();
        });
    }

    @BothClients
    void recordsAttemptsWithoutAnAnswer(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults().on(CREATE_IDENTITY_POOL).connectionReset().once();

        TestPools.create(cognito, "app");

        List<RecordedAttempt> attempts = fake.journal().calls().get(0).attempts();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).status()).isEmpty();
        assertThat(attempts.get(0).failure()).contains("Connection reset");
        assertThat(attempts.get(0).faults())
                .extracting(InjectedFault::kind)
                .containsExactly(FaultKind.CONNECTION_RESET);
        assertThat(attempts.get(1).status()).hasValue(200);
    }

    @BothClients
    void recordsAttemptsAbandonedByATimeout(ClientKind kind) {
        // Long enough that the retry, which the fake answers at once, never times out on a loaded machine (the
        // first async call of a JVM starts the SDK's thread pools); the 10-minute latency times out regardless.
        Duration attemptTimeout = Duration.ofSeconds(1);
        CognitoIdentityClient cognito = kind == ClientKind.SYNC
                ? fake.configure(CognitoIdentityClient.builder()
                                .overrideConfiguration(o -> o.apiCallAttemptTimeout(attemptTimeout)))
                        .build()
                : ClientKind.awaiting(fake.configure(
                                software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient.builder()
                                        .overrideConfiguration(o -> o.apiCallAttemptTimeout(attemptTimeout)))
                        .build());
        fake.faults().on(CREATE_IDENTITY_POOL).latency(Duration.ofMinutes(10)).once();

        TestPools.create(cognito, "app");

        RecordedCall call = fake.journal().calls().get(0);
        assertThat(call.attempts()).hasSize(2);
        assertThat(call.attempts().get(0).status()).isEmpty();
        assertThat(call.attempts().get(0).faults())
                .extracting(InjectedFault::kind)
                .containsExactly(FaultKind.LATENCY);
        assertThat(call.attempts().get(0).failure())
                .as("why the attempt got no answer")
                .isPresent();
        assertThat(call.attempts().get(1).status()).hasValue(200);
    }

    @Test
    void queriesByOperationAndRequestType() {
        String first = TestPools.create(fake.client(), "one");
        TestPools.create(fake.client(), "two");
        fake.client().describeIdentityPool(b -> b.identityPoolId(first));

        assertThat(fake.journal().calls(CREATE_IDENTITY_POOL)).hasSize(2);
        assertThat(fake.journal().calls(DescribeIdentityPoolRequest.class)).hasSize(1);
        assertThat(fake.journal().requests(CreateIdentityPoolRequest.class))
                .extracting(CreateIdentityPoolRequest::identityPoolName)
                .containsExactly("one", "two");
        assertThat(fake.journal().calls(GET_IDENTITY_POOL_ROLES)).isEmpty();
    }

    @Test
    void clearAndResetForgetTheCalls() {
        TestPools.create(fake.client(), "one");
        fake.journal().clear();
        assertThat(fake.journal().calls()).isEmpty();

        TestPools.create(fake.client(), "two");
        fake.reset();
        assertThat(fake.journal().calls()).isEmpty();
    }

    @Test
    void clearAndResetStartTheNumberingOver() {
        TestPools.create(fake.client(), "one");
        TestPools.create(fake.client(), "two");
        fake.journal().clear();
        TestPools.create(fake.client(), "three");
        assertThat(fake.journal().calls()).extracting(RecordedCall::sequence).containsExactly(1L);
        assertThat(fake.journal().calls().get(0).toString()).startsWith("#1 CreateIdentityPool");

        fake.reset();
        TestPools.create(fake.client(), "four");
        assertThat(fake.journal().calls()).extracting(RecordedCall::sequence).containsExactly(1L);
    }

    @Test
    void recordsCallsFromTheWireWithoutATypedRequest() {
        RawHttp.Response response =
                RawHttp.to(fake).operation("ListIdentityPools").send("{\"MaxResults\":5}");

        assertThat(response.status()).isEqualTo(200);
        RecordedCall call = fake.journal().calls().get(0);
        assertThat(call.source()).isEqualTo(CallSource.WIRE);
        assertThat(call.operation()).contains(io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS);
        assertThat(call.request()).isEmpty();
        assertThat(call.succeeded()).isTrue();
        assertThat(call.attempts())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).hasValue(200));
    }

    @Test
    void groupsTheAttemptsOfAClientWithoutTheInterceptorByInvocationId() {
        fake.faults().on(CREATE_IDENTITY_POOL).throttle().times(2);
        try (CognitoIdentityClient bare = CognitoIdentityClient.builder()
                .httpClient(fake.httpClient())
                .endpointOverride(fake.endpoint())
                .region(fake.region())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
                .overrideConfiguration(o -> o.retryStrategy(
                        software.amazon.awssdk.awscore.retry.AwsRetryStrategy.legacyRetryStrategy().toBuilder()
                                .throttlingBackoffStrategy(
                                        software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())
                                .build()))
                .build()) {
            catchThrowable(() -> TestPools.create(bare, "app"));
        }

        assertThat(fake.journal().calls()).singleElement().satisfies(call -> {
            assertThat(call.source()).isEqualTo(CallSource.WIRE);
            assertThat(call.attempts()).hasSize(3);
        });
    }

    @Test
    void aUsersOwnClientKeepsItsInterceptorsAndSettingsAndIsRecorded() {
        AtomicInteger seenByUser = new AtomicInteger();
        ExecutionInterceptor users = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                seenByUser.incrementAndGet();
            }
        };
        try (CognitoIdentityClient own = fake.configure(CognitoIdentityClient.builder()
                        .overrideConfiguration(o -> o.addExecutionInterceptor(users)
                                .retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry())))
                .build()) {
            fake.faults().on(CREATE_IDENTITY_POOL).throttle().once();

            catchThrowable(() -> TestPools.create(own, "app"));

            assertThat(seenByUser).hasValue(1);
            assertThat(fake.journal().calls()).singleElement().satisfies(call -> {
                assertThat(call.source()).isEqualTo(CallSource.SDK_CLIENT);
                assertThat(call.attempts()).as("doNotRetry kept").hasSize(1);
            });
        }
    }
}
