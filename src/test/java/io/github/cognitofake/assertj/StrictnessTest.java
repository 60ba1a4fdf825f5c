package io.github.cognitofake.assertj;

import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/** A strict fake refuses operations it does not expect, and fails verification even if the error was swallowed. */
class StrictnessTest {

    private static final String REFUSAL =
            "cognito-identity-fake is strict and did not expect ListIdentityPools; it expects "
                    + "only [CreateIdentityPool, DescribeIdentityPool]. If the call is intended, add it with "
                    + "fake.expect(Operation.LIST_IDENTITY_POOLS).";

    // A fake of its own, not the extension's: these tests assert the journal's call numbers, which start at #1
    // in a new fake and go on counting in a fake that was reset and lent again.
    private final CognitoIdentityFake fake = CognitoIdentityFake.create();

    @AfterEach
    void close() {
        fake.close();
    }

    @BothClients
    void refusesAnUnexpectedOperationOnceWithoutRetries(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        fake.expect(CREATE_IDENTITY_POOL, DESCRIBE_IDENTITY_POOL);

        String poolId = TestPools.create(cognito, "p");
        cognito.describeIdentityPool(b -> b.identityPoolId(poolId));
        CognitoIdentityException error = assertServiceError(
                () -> cognito.listIdentityPools(b -> b.maxResults(5)),
                CognitoIdentityException.class,
                400,
                "CognitoIdentityFakeUnexpectedCallException",
                REFUSAL);

        assertThat(error).hasMessageEndingWith("(SDK Attempt Count: 1)");
        CognitoIdentityFakeAssertions.assertThat(fake)
                .received(io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS)
                .attempts(1)
                .calls(1);
    }

    @Test
    void verificationFailsEvenWhenTheCodeSwallowedTheError() {
        fake.expect(CREATE_IDENTITY_POOL).expect(DESCRIBE_IDENTITY_POOL);
        fake.verifyNoUnexpectedCalls();

        catchThrowable(() -> fake.client().listIdentityPools(b -> b.maxResults(5)));

        assertThatThrownBy(fake::verifyNoUnexpectedCalls)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "The strict CognitoIdentityFake received calls it did not expect: [ListIdentityPools]; "
                                + "it expects only [CreateIdentityPool, DescribeIdentityPool].\nCalls received:\n  #1 ListIdentityPools");
    }

    @Test
    void resetMakesTheFakeLenientAgain() {
        fake.expect(CREATE_IDENTITY_POOL);
        assertServiceError(
                () -> fake.client().listIdentityPools(b -> b.maxResults(5)),
                CognitoIdentityException.class,
                400,
                "CognitoIdentityFakeUnexpectedCallException",
                "cognito-identity-fake is strict and did not expect ListIdentityPools; it expects only "
                        + "[CreateIdentityPool]. If the call is intended, add it with "
                        + "fake.expect(Operation.LIST_IDENTITY_POOLS).");

        fake.reset();

        assertThat(fake.client().listIdentityPools(b -> b.maxResults(5)).identityPools())
                .isEmpty();
        fake.verifyNoUnexpectedCalls();
    }
}
