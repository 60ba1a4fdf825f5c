package io.github.cognitofake.fault;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/**
 * How often rules fire and which attempts they see. NotAuthorized is never retried, so one call is one
 * attempt and the pattern of failed calls is the rule's schedule.
 */
@CognitoIdentityFakeTest
class SchedulesAndTargetsTest {

    private static final String REFUSED = "Refused by the test.";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private String poolId;

    @BeforeEach
    void createPool() {
        poolId = TestPools.create(fake.client(), "main");
    }

    /** For each of {@code calls} describe calls: true when it was refused. */
    private List<Boolean> refusals(CognitoIdentityClient cognito, int calls) {
        List<Boolean> refused = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            try {
                cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
                refused.add(false);
            } catch (NotAuthorizedException e) {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(REFUSED);
                refused.add(true);
            }
        }
        return refused;
    }

    private FaultRule refuseDescribe(Consumer<FaultRule> schedule) {
        FaultRule rule = fake.faults().on(DESCRIBE_IDENTITY_POOL).notAuthorized(REFUSED);
        schedule.accept(rule);
        return rule;
    }

    @BothClients
    void onceFiresOnTheFirstAttemptOnly(ClientKind kind) {
        FaultRule rule = refuseDescribe(FaultRule::once);
        assertThat(refusals(kind.client(fake), 3)).containsExactly(true, false, false);
        assertThat(rule.attemptsSeen()).isEqualTo(3);
        assertThat(rule.attemptsFaulted()).isEqualTo(1);
    }

    @BothClients
    void timesFiresOnTheFirstNAttempts(ClientKind kind) {
        refuseDescribe(rule -> rule.times(2));
        assertThat(refusals(kind.client(fake), 4)).containsExactly(true, true, false, false);
    }

    @BothClients
    void alwaysIsTheDefault(ClientKind kind) {
        refuseDescribe(rule -> {});
        assertThat(refusals(kind.client(fake), 3)).containsExactly(true, true, true);
    }

    @BothClients
    void afterAttemptsLetsTheFirstNThrough(ClientKind kind) {
        refuseDescribe(rule -> rule.afterAttempts(2));
        assertThat(refusals(kind.client(fake), 4)).containsExactly(false, false, true, true);
    }

    @BothClients
    void everyNthAttemptFiresOnMultiplesOfN(ClientKind kind) {
        refuseDescribe(rule -> rule.everyNthAttempt(3));
        assertThat(refusals(kind.client(fake), 7)).containsExactly(false, false, true, false, false, true, false);
    }

    @Test
    void aProbabilityWithASeedRepeatsItsPatternInEveryFake() {
        refuseDescribe(rule -> rule.withProbability(0.5, 42L));
        List<Boolean> first = refusals(fake.client(), 40);
        List<Boolean> second;
        try (CognitoIdentityFake other = CognitoIdentityFake.create()) {
            String otherPool = TestPools.create(other.client(), "main");
            other.faults().on(DESCRIBE_IDENTITY_POOL).notAuthorized(REFUSED).withProbability(0.5, 42L);
            second = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                try {
                    other.client().describeIdentityPool(b -> b.identityPoolId(otherPool));
                    second.add(false);
                } catch (NotAuthorizedException e) {
                    second.add(true);
                }
            }
        }
        assertThat(second).isEqualTo(first);
        assertThat(first).contains(true, false); // a real mix, not all or nothing
    }

    @Test
    void aRuleHasOneSchedule() {
        FaultRule rule = refuseDescribe(FaultRule::once);
        assertThatThrownBy(() -> rule.times(3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "This fault rule already fires once(); a rule has one schedule. Add a second rule for another pattern.");
    }

    @Test
    void refusesCountsThatMeanNothing() {
        FaultRule rule = fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle();
        assertThatThrownBy(() -> rule.times(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("times takes a count of at least 1; got 0. Use remove() or Faults.clear() to stop a rule.");
        assertThatThrownBy(() -> rule.everyNthAttempt(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("everyNthAttempt takes a count of at least 1; got 0.");
        assertThatThrownBy(() -> rule.afterAttempts(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("afterAttempts takes a count of at least 0; got -1.");
        assertThatThrownBy(() -> rule.withProbability(1.5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withProbability takes a probability from 0 to 1, such as 0.25; got 1.5.");
        assertThatThrownBy(() -> fake.faults().on(DESCRIBE_IDENTITY_POOL).customError(200, "X", "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customError takes an HTTP error status from 400 to 599, such as 403; got 200.");
        assertThatThrownBy(() -> fake.faults().on(DESCRIBE_IDENTITY_POOL).latency(java.time.Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("latency takes a delay of zero or more; got PT-0.001S.");
    }

    @BothClients
    void aRuleOnSeveralOperationsLeavesTheOthersAlone(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults()
                .on(DESCRIBE_IDENTITY_POOL, GET_IDENTITY_POOL_ROLES)
                .notAuthorized(REFUSED)
                .always();

        assertServiceError(
                () -> cognito.describeIdentityPool(b -> b.identityPoolId(poolId)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                REFUSED);
        assertServiceError(
                () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                REFUSED);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(5)).identityPools())
                .hasSize(1);
    }

    @BothClients
    void aRuleOnAnyOperationSeesEveryOperation(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule rule = fake.faults().onAnyOperation().notAuthorized(REFUSED).always();

        assertServiceError(
                () -> cognito.listIdentityPools(b -> b.maxResults(5)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                REFUSED);
        assertServiceError(
                () -> cognito.getId(b -> b.identityPoolId(poolId)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                REFUSED);
        assertThat(rule.attemptsSeen()).isEqualTo(2);
    }

    @BothClients
    void aPoolPredicateFaultsOnlyThatPool(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String other = TestPools.create(fake.client(), "other");
        FaultRule rule = fake.faults()
                .on(DESCRIBE_IDENTITY_POOL)
                .forIdentityPool(other)
                .notAuthorized(REFUSED)
                .always();

        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolName())
                .isEqualTo("main");
        assertServiceError(
                () -> cognito.describeIdentityPool(b -> b.identityPoolId(other)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                REFUSED);
        assertThat(rule.attemptsSeen()).as("attempts that matched").isEqualTo(1);
    }

    @BothClients
    void aRequestPredicateSeesTheWireRequest(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.faults()
                .on(CREATE_IDENTITY_POOL)
                .where(request -> request.member("IdentityPoolName")
                        .filter("blocked"::equals)
                        .isPresent())
                .where(request -> request.body().contains("\"AllowUnauthenticatedIdentities\":false"))
                .notAuthorized(REFUSED)
                .always();

        assertServiceError(
                () -> cognito.createIdentityPool(
                        b -> b.identityPoolName("blocked").allowUnauthenticatedIdentities(false)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                REFUSED);
        assertThat(cognito.createIdentityPool(b -> b.identityPoolName("blocked").allowUnauthenticatedIdentities(true))
                        .identityPoolName())
                .isEqualTo("blocked");
        assertThat(cognito.createIdentityPool(b -> b.identityPoolName("fine").allowUnauthenticatedIdentities(false))
                        .identityPoolName())
                .isEqualTo("fine");
    }

    @BothClients
    void rulesAreTriedInOrderSoTheyScriptASequence(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule throttle =
                fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);
        FaultRule refuse =
                fake.faults().on(GET_IDENTITY_POOL_ROLES).notAuthorized(REFUSED).once();

        // Attempts 1 and 2 are throttled and retried by the SDK; attempt 3 is refused and not retried.
        assertServiceError(
                () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId)),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                REFUSED);
        assertThat(throttle.attemptsSeen()).isEqualTo(3);
        assertThat(refuse.attemptsSeen())
                .as("attempts not answered by the throttle")
                .isEqualTo(1);
        assertThat(cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId)).identityPoolId())
                .isEqualTo(poolId);
    }

    @BothClients
    void latencyDelaysAndLetsTheNextRuleAnswer(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        FaultRule slow = fake.faults()
                .on(LIST_IDENTITY_POOLS)
                .latency(java.time.Duration.ofMillis(1))
                .always();
        FaultRule throttle = fake.faults().on(LIST_IDENTITY_POOLS).throttle().always();

        assertServiceError(
                () -> cognito.listIdentityPools(b -> b.maxResults(5)),
                TooManyRequestsException.class,
                400,
                "TooManyRequestsException",
                "Rate exceeded");
        assertThat(slow.attemptsFaulted()).isEqualTo(4);
        assertThat(throttle.attemptsFaulted()).isEqualTo(4);
    }

    @Test
    void describesItsRules() {
        fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().times(2);
        fake.faults().onAnyOperation().connectionReset().once();

        assertThat(fake.faults().rules())
                .extracting(FaultRule::description)
                .containsExactly(
                        "TooManyRequestsException (HTTP 400): Rate exceeded",
                        "connection reset before the service saw the request");
        assertThat(fake.faults().rules().get(0))
                .hasToString(
                        "[DescribeIdentityPool] -> ERROR TooManyRequestsException (HTTP 400): Rate exceeded, times(2) [seen 0, faulted 0]");
    }
}
