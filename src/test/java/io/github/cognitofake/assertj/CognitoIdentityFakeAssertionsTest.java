package io.github.cognitofake.assertj;

import static io.github.cognitofake.assertj.CognitoIdentityFakeAssertions.assertThat;
import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DELETE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.TestPools;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.TooManyRequestsException;

/** Every assertion, passing and failing, with the failure message it gives. */
class CognitoIdentityFakeAssertionsTest {

    // A fake of its own, not the extension's: these tests assert the journal's call numbers, which start at #1
    // in a new fake and go on counting in a fake that was reset and lent again.
    private final CognitoIdentityFake fake = CognitoIdentityFake.create();

    @AfterEach
    void close() {
        fake.close();
    }

    private String app;
    private String other;

    @BeforeEach
    void calls() {
        app = TestPools.create(fake.client(), "app");
        other = TestPools.withGuests(fake.client(), "other");
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);
        fake.client().getIdentityPoolRoles(b -> b.identityPoolId(app));
    }

    /** The listing part of failure messages, for this test's three calls, closest first. */
    private String line(int sequence) {
        return switch (sequence) {
            case 1 ->
                "#1 CreateIdentityPool CreateIdentityPoolRequest(IdentityPoolName=app, AllowUnauthenticatedIdentities=false) -> ok, 1 attempt [main]";
            case 2 ->
                "#2 CreateIdentityPool CreateIdentityPoolRequest(IdentityPoolName=other, AllowUnauthenticatedIdentities=true) -> ok, 1 attempt [main]";
            default ->
                "#3 GetIdentityPoolRoles GetIdentityPoolRolesRequest(IdentityPoolId=" + app
                        + ") -> ok, 3 attempts [main]";
        };
    }

    @Test
    void theDesignExamplePasses() {
        assertThat(fake).received(GET_IDENTITY_POOL_ROLES).attempts(3).calls(1);
        assertThat(fake).received(CREATE_IDENTITY_POOL).times(2);
    }

    @Test
    void receivedFailsWithTheCallsClosestFirst() {
        assertThatThrownBy(() -> assertThat(fake).received(DESCRIBE_IDENTITY_POOL))
                .isInstanceOf(AssertionError.class)
                .hasMessage(
                        "Expected DescribeIdentityPool to be received at least 1 time, but it was received 0 times.\n"
                                + "Calls received (closest first):\n  " + line(1) + "\n  " + line(2) + "\n  "
                                + line(3));
    }

    @Test
    void countsPassAndFail() {
        assertThat(fake).received(CREATE_IDENTITY_POOL).times(2).atLeast(1).atMost(2);
        assertThat(fake).received(GET_IDENTITY_POOL_ROLES).once();

        assertThatThrownBy(() -> assertThat(fake).received(CREATE_IDENTITY_POOL).once())
                .hasMessage("Expected CreateIdentityPool to be received exactly 1 time, but it was received 2 times.\n"
                        + "Calls received (closest first):\n  " + line(1) + "\n  " + line(2) + "\n  " + line(3));
        assertThatThrownBy(() -> assertThat(fake).received(CREATE_IDENTITY_POOL).atLeast(3))
                .hasMessageStartingWith(
                        "Expected CreateIdentityPool to be received at least 3 times, but it was received 2 times.");
        assertThatThrownBy(() -> assertThat(fake).received(CREATE_IDENTITY_POOL).atMost(1))
                .hasMessageStartingWith(
                        "Expected CreateIdentityPool to be received at most 1 time, but it was received 2 times.");
    }

    @Test
    void neverPassesAndFails() {
        assertThat(fake).neverReceived(DELETE_IDENTITY_POOL);
        assertThat(fake)
                .neverReceived(
                        CreateIdentityPoolRequest.class,
                        r -> r.identityPoolName().equals("third"));

        assertThatThrownBy(() -> assertThat(fake).neverReceived(GET_IDENTITY_POOL_ROLES))
                .hasMessage(
                        "Expected GetIdentityPoolRoles to be received exactly 0 times, but it was received 1 time.\n"
                                + "Calls received (closest first):\n  " + line(3) + "\n  " + line(1) + "\n  "
                                + line(2));
    }

    @Test
    void attemptsCountHttpAttempts() {
        assertThat(fake).received(CREATE_IDENTITY_POOL).attempts(2);

        assertThatThrownBy(
                        () -> assertThat(fake).received(GET_IDENTITY_POOL_ROLES).attempts(1))
                .hasMessageStartingWith(
                        "Expected GetIdentityPoolRoles to take 1 HTTP attempt in all, but 1 call took 3.\n"
                                + "Calls received (closest first):\n  " + line(3));
    }

    @Test
    void withRequestNarrowsByPredicate() {
        assertThat(fake)
                .received(CreateIdentityPoolRequest.class)
                .withRequest(r -> r.identityPoolName().equals("other"))
                .once();

        assertThatThrownBy(() -> assertThat(fake)
                        .received(CreateIdentityPoolRequest.class)
                        .withRequest(
                                "named \"third\"", r -> r.identityPoolName().equals("third")))
                .hasMessage(
                        "Expected CreateIdentityPool with a request named \"third\" to be received at least 1 time, "
                                + "but it was received 0 times.\n"
                                + "Calls received (closest first):\n  " + line(1) + "\n  " + line(2) + "\n  "
                                + line(3));
    }

    @Test
    void withRequestLikeComparesTheMembersSetAndListsTheNearestFirst() {
        assertThat(fake)
                .received(CREATE_IDENTITY_POOL)
                .withRequestLike(CreateIdentityPoolRequest.builder()
                        .identityPoolName("app")
                        .build())
                .once();

        CreateIdentityPoolRequest wanted = CreateIdentityPoolRequest.builder()
                .identityPoolName("other")
                .allowUnauthenticatedIdentities(false)
                .build();
        assertThatThrownBy(() -> assertThat(fake)
                        .received(CreateIdentityPoolRequest.class)
                        .withRequestLike(wanted))
                .hasMessage("Expected CreateIdentityPool with a request like " + wanted
                        + " to be received at least 1 time, but it was received 0 times.\n"
                        // #1 differs in the name only, #2 in the flag only: equally close, so in order.
                        + "Calls received (closest first):\n  " + line(1) + "\n  " + line(2) + "\n  " + line(3));
    }

    @Test
    void theNthCallHasItsAttemptsAndOutcome() {
        assertThat(fake)
                .received(GET_IDENTITY_POOL_ROLES)
                .call(1)
                .hasAttempts(3)
                .succeeded()
                .hasRequestSatisfying(r -> Assertions.assertThat(((GetIdentityPoolRolesRequest) r).identityPoolId())
                        .isEqualTo(app));
        assertThat(fake)
                .received(CREATE_IDENTITY_POOL)
                .call(2)
                .hasRequestSatisfying(r -> Assertions.assertThat(r)
                        .isEqualTo(CreateIdentityPoolRequest.builder()
                                .identityPoolName("other")
                                .allowUnauthenticatedIdentities(true)
                                .build()));

        assertThatThrownBy(() -> assertThat(fake).received(CREATE_IDENTITY_POOL).call(3))
                .hasMessageStartingWith("Expected a call #3 of CreateIdentityPool, but there were 2.");
        assertThatThrownBy(() -> assertThat(fake)
                        .received(GET_IDENTITY_POOL_ROLES)
                        .call(1)
                        .hasAttempts(1))
                .hasMessage("Expected call " + line(3) + " to take 1 HTTP attempts, but it took 3: "
                        + "[attempt 1: 400 TooManyRequestsException (fault: [ERROR TooManyRequestsException (HTTP 400): Rate exceeded]), "
                        + "attempt 2: 400 TooManyRequestsException (fault: [ERROR TooManyRequestsException (HTTP 400): Rate exceeded]), "
                        + "attempt 3: 200]");
        assertThatThrownBy(() -> assertThat(fake)
                        .received(GET_IDENTITY_POOL_ROLES)
                        .call(1)
                        .failedWith(TooManyRequestsException.class))
                .hasMessage("Expected call " + line(3) + " to fail with " + TooManyRequestsException.class.getName()
                        + ", but it did not fail.");
    }

    @Test
    void aFailedCallIsAssertedByItsException() {
        fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().always();
        Assertions.catchThrowable(() -> fake.client().describeIdentityPool(b -> b.identityPoolId(app)));

        assertThat(fake)
                .received(DescribeIdentityPoolRequest.class)
                .call(1)
                .failedWith(TooManyRequestsException.class)
                .hasAttempts(4);
        assertThatThrownBy(() -> assertThat(fake)
                        .received(DESCRIBE_IDENTITY_POOL)
                        .call(1)
                        .succeeded())
                .hasMessageStartingWith("Expected call #4 DescribeIdentityPool")
                .hasMessageContaining("to succeed, but it failed with");
    }

    @Test
    void inOrderAllowsCallsBetween() {
        assertThat(fake).receivedInOrder(CREATE_IDENTITY_POOL, GET_IDENTITY_POOL_ROLES);
        assertThat(fake).receivedInOrder(CREATE_IDENTITY_POOL, CREATE_IDENTITY_POOL);

        assertThatThrownBy(() -> assertThat(fake).receivedInOrder(GET_IDENTITY_POOL_ROLES, CREATE_IDENTITY_POOL))
                .hasMessage("Expected the calls [GetIdentityPoolRoles, CreateIdentityPool] in this order, but after #3 "
                        + "there was no CreateIdentityPool.\n"
                        + "Calls received (closest first):\n  " + line(1) + "\n  " + line(2) + "\n  " + line(3));
    }

    @Test
    void nothingElseFailsOnCallsNoAssertionChecked() {
        assertThat(fake).received(CREATE_IDENTITY_POOL).times(2);

        assertThatThrownBy(() -> assertThat(fake).receivedNothingElse())
                .hasMessage("Expected nothing else, but these calls were not checked by any assertion:\n  " + line(3));

        assertThat(fake).received(GET_IDENTITY_POOL_ROLES).once();
        assertThat(fake).receivedNothingElse();
    }

    @Test
    void nothingPassesOnlyForAnEmptyJournal() {
        assertThatThrownBy(() -> assertThat(fake).receivedNothing())
                .hasMessageStartingWith("Expected no calls, but received 3 calls.\nCalls received (closest first):");

        fake.journal().clear();
        assertThat(fake).receivedNothing();
        assertThatThrownBy(() -> assertThat(fake).received(CREATE_IDENTITY_POOL))
                .hasMessage(
                        "Expected CreateIdentityPool to be received at least 1 time, but it was received 0 times.\nCalls received: none.");
    }

    @Test
    void rejectsMisuse() {
        assertThatThrownBy(() -> assertThat(fake).received(CREATE_IDENTITY_POOL).call(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("call(nth) counts from 1; got 0.");
        assertThatThrownBy(() -> assertThat(fake).received(CREATE_IDENTITY_POOL).times(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A call count cannot be negative; got -1.");
    }
}
