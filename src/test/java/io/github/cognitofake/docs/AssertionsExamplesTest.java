package io.github.cognitofake.docs;

import static io.github.cognitofake.assertj.CognitoIdentityFakeAssertions.assertThat;
import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DELETE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.SET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.assertj.CognitoIdentityFakeAssertions;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.junit.Strictness;
import io.github.cognitofake.testing.TestPools;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesRequest;

/** The examples of docs/assertions.md, each runnable as it is printed there. */
// LENIENT: the strict example provokes a refusal on purpose and asserts it itself.
@CognitoIdentityFakeTest(strictness = Strictness.LENIENT)
class AssertionsExamplesTest {

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @InjectCognitoIdentity
    CognitoIdentityClient client;

    private String createPool(String name) {
        return TestPools.create(client, name);
    }

    @Test
    void survivesThrottling() {
        String poolId = createPool("app");
        // tag::survivesThrottling[]
        fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().times(2);

        client.getIdentityPoolRoles(b -> b.identityPoolId(poolId));

        CognitoIdentityFakeAssertions.assertThat(fake).received(GET_IDENTITY_POOL_ROLES).attempts(3).calls(1);
        // end::survivesThrottling[]
    }

    @Test
    void countsAndRequests() {
        String poolId = createPool("app");
        client.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth")));

        // tag::countsAndRequests[]
        assertThat(fake).received(CREATE_IDENTITY_POOL).once();           // assertThat from CognitoIdentityFakeAssertions
        assertThat(fake).received(SetIdentityPoolRolesRequest.class)
                .withRequest(r -> r.roles().containsKey("authenticated")).once();
        assertThat(fake).received(CREATE_IDENTITY_POOL)
                .withRequestLike(CreateIdentityPoolRequest.builder().identityPoolName("app").build());
        assertThat(fake).neverReceived(DELETE_IDENTITY_POOL);
        assertThat(fake).receivedInOrder(CREATE_IDENTITY_POOL, SET_IDENTITY_POOL_ROLES);
        assertThat(fake).receivedNothingElse();                           // every call was checked above
        // end::countsAndRequests[]
    }

    @Test
    void readsTheJournal() {
        String poolId = createPool("app");
        fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().once();
        client.describeIdentityPool(b -> b.identityPoolId(poolId));

        // tag::readsTheJournal[]
        RecordedCall describe = fake.journal().calls(DESCRIBE_IDENTITY_POOL).get(0);
        assertThat(describe.attempts()).extracting(a -> a.status().getAsInt()).containsExactly(400, 200);
        assertThat(describe.attempts().get(0).faults()).hasSize(1);
        assertThat(fake.journal().requests(CreateIdentityPoolRequest.class))
                .extracting(CreateIdentityPoolRequest::identityPoolName).containsExactly("app");
        // end::readsTheJournal[]
    }

    @Test
    void strictFake() {
        // tag::strictFake[]
        fake.expect(CREATE_IDENTITY_POOL, DESCRIBE_IDENTITY_POOL);

        createPool("app");
        Throwable refused = catchThrowable(() -> client.listIdentityPools(b -> b.maxResults(10)));

        assertThat(refused).isInstanceOf(CognitoIdentityException.class)
                .hasMessageStartingWith("cognito-identity-fake is strict and did not expect ListIdentityPools");
        assertThat(catchThrowable(fake::verifyNoUnexpectedCalls)).isInstanceOf(AssertionError.class);
        // end::strictFake[]
        assertServiceError(() -> {
            throw refused;
        }, CognitoIdentityException.class, 400, "CognitoIdentityFakeUnexpectedCallException",
                "cognito-identity-fake is strict and did not expect ListIdentityPools; it expects only "
                        + "[CreateIdentityPool, DescribeIdentityPool]. If the call is intended, add it with "
                        + "fake.expect(Operation.LIST_IDENTITY_POOLS).");
    }
}
