package io.github.cognitofake.journal;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.FakeOptions;
import io.github.cognitofake.assertj.CognitoIdentityFakeAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolRequest;

/** The journal keeps the details of the latest calls only, and exact counts of every call. */
class JournalLimitTest {

    private static String createPool(CognitoIdentityClient cognito) {
        return cognito.createIdentityPool(b -> b.identityPoolName("app").allowUnauthenticatedIdentities(true))
                .identityPoolId();
    }

    @Test
    void theDefaultLimitIsDocumentedAndPartOfTheOptions() {
        assertThat(CognitoIdentityFake.DEFAULT_JOURNAL_LIMIT).isEqualTo(10_000);
        assertThat(FakeOptions.defaults().journalLimit()).isEqualTo(CognitoIdentityFake.DEFAULT_JOURNAL_LIMIT);
        FakeOptions small = CognitoIdentityFake.builder().journalLimit(5).options();
        assertThat(small.journalLimit()).isEqualTo(5);
        assertThat(small).isNotEqualTo(FakeOptions.defaults());
        assertThat(small.toBuilder().options()).isEqualTo(small).hasSameHashCodeAs(small);
        assertThat(small.toString()).contains("journalLimit=5");
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            assertThat(fake.journal().limit()).isEqualTo(10_000);
        }
        assertThatThrownBy(() -> CognitoIdentityFake.builder().journalLimit(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The journal limit cannot be negative; got -1.");
    }

    @Test
    void keepsTheLatestCallsAndCountsEveryOne() {
        try (CognitoIdentityFake fake =
                CognitoIdentityFake.builder().journalLimit(3).build()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            for (int i = 0; i < 7; i++) {
                cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
            }
            cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId));

            CallJournal journal = fake.journal();
            List<RecordedCall> kept = journal.calls();
            assertThat(kept).extracting(RecordedCall::sequence).containsExactly(7L, 8L, 9L);
            assertThat(kept)
                    .extracting(call -> call.operation().orElseThrow())
                    .containsExactly(DESCRIBE_IDENTITY_POOL, DESCRIBE_IDENTITY_POOL, GET_IDENTITY_POOL_ROLES);
            assertThat(journal.count()).isEqualTo(9);
            assertThat(journal.dropped()).isEqualTo(6);
            assertThat(journal.count(CREATE_IDENTITY_POOL)).isEqualTo(1);
            assertThat(journal.count(DESCRIBE_IDENTITY_POOL)).isEqualTo(7);
            assertThat(journal.attemptCount(DESCRIBE_IDENTITY_POOL)).isEqualTo(7);
            assertThat(journal.calls(DESCRIBE_IDENTITY_POOL)).hasSize(2);

            // Counts of an operation stay exact beyond the bound.
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(DESCRIBE_IDENTITY_POOL)
                    .times(7);
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(CREATE_IDENTITY_POOL)
                    .once();
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(DescribeIdentityPoolRequest.class)
                    .times(7);
            assertThatThrownBy(() -> CognitoIdentityFakeAssertions.assertThat(fake)
                            .received(DESCRIBE_IDENTITY_POOL)
                            .times(6))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but it was received 7 times.")
                    .hasMessageContaining("6 older calls were dropped from the journal: it keeps the latest 3.");

            journal.clear();
            assertThat(journal.count()).isZero();
            assertThat(journal.dropped()).isZero();
            assertThat(journal.count(DESCRIBE_IDENTITY_POOL)).isZero();
            CognitoIdentityFakeAssertions.assertThat(fake).receivedNothing();
        }
    }

    @Test
    void attemptCountsIncludeRetriesOfDroppedCalls() {
        try (CognitoIdentityFake fake =
                CognitoIdentityFake.builder().journalLimit(1).build()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().times(2);
            cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
            cognito.describeIdentityPool(b -> b.identityPoolId(poolId));

            assertThat(fake.journal().calls()).hasSize(1);
            assertThat(fake.journal().attemptCount(DESCRIBE_IDENTITY_POOL)).isEqualTo(4);
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(DESCRIBE_IDENTITY_POOL)
                    .attempts(4)
                    .calls(2);
        }
    }

    @Test
    void aConditionOnDroppedRequestsIsUndecidedRatherThanWrong() {
        try (CognitoIdentityFake fake =
                CognitoIdentityFake.builder().journalLimit(2).build()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            for (int i = 0; i < 4; i++) {
                cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
            }
            // Two kept calls match; two dropped ones may or may not: "at least 2" holds, "exactly 2" is undecided.
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(DescribeIdentityPoolRequest.class)
                    .withRequest(r -> r.identityPoolId().equals(poolId))
                    .atLeast(2);
            assertThatThrownBy(() -> CognitoIdentityFakeAssertions.assertThat(fake)
                            .received(DescribeIdentityPoolRequest.class)
                            .withRequest(r -> r.identityPoolId().equals(poolId))
                            .times(2))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("but it was received between 2 and 4 times: 2 of its calls were dropped"
                            + " from the journal, which keeps the details of the latest 2 calls");
            assertThatThrownBy(() -> CognitoIdentityFakeAssertions.assertThat(fake)
                            .received(DESCRIBE_IDENTITY_POOL)
                            .call(1))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cannot tell which is call #1 of DescribeIdentityPool");
        }
    }

    @Test
    void aLimitOfZeroKeepsCountsOnly() {
        try (CognitoIdentityFake fake =
                CognitoIdentityFake.builder().journalLimit(0).build()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().times(1);
            cognito.describeIdentityPool(b -> b.identityPoolId(poolId));

            assertThat(fake.journal().calls()).isEmpty();
            assertThat(fake.journal().count()).isEqualTo(2);
            assertThat(fake.journal().attemptCount(DESCRIBE_IDENTITY_POOL)).isEqualTo(2);
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(DESCRIBE_IDENTITY_POOL)
                    .once();
            assertThatThrownBy(
                            () -> CognitoIdentityFakeAssertions.assertThat(fake).receivedNothing())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expected no calls, but received 2 calls.");
        }
    }

    @Test
    void aFakeThatAnsweredManyCallsKeepsOnlyItsLimit() {
        try (CognitoIdentityFake fake =
                CognitoIdentityFake.builder().journalLimit(100).build()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().times(1);
            for (int i = 0; i < 2_000; i++) {
                cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
            }
            assertThat(fake.journal().calls()).hasSize(100);
            assertThat(fake.journal().count(DESCRIBE_IDENTITY_POOL)).isEqualTo(2_000);
            assertThat(fake.journal().attemptCount(DESCRIBE_IDENTITY_POOL)).isEqualTo(2_001);
            assertThat(fake.journal().unverified()).hasSize(100);
            CognitoIdentityFakeAssertions.assertThat(fake)
                    .received(DESCRIBE_IDENTITY_POOL)
                    .times(2_000);
            assertThat(fake.journal().unverified()).isEmpty();
        }
    }
}
