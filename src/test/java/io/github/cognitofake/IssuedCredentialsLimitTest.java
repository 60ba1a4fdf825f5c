package io.github.cognitofake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.internal.service.credentials.CredentialsIssuer;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

/** The fake keeps the latest issued credentials only, like its journal keeps the latest calls. */
class IssuedCredentialsLimitTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/Guest";

    @Test
    void theDefaultLimitIsDocumentedAndPartOfTheOptions() {
        assertThat(CognitoIdentityFake.DEFAULT_ISSUED_CREDENTIALS_LIMIT)
                .isEqualTo(10_000)
                .isEqualTo(CredentialsIssuer.DEFAULT_LEDGER_LIMIT);
        assertThat(FakeOptions.defaults().issuedCredentialsLimit()).isEqualTo(10_000);
        FakeOptions small =
                CognitoIdentityFake.builder().issuedCredentialsLimit(2).options();
        assertThat(small.issuedCredentialsLimit()).isEqualTo(2);
        assertThat(small).isNotEqualTo(FakeOptions.defaults());
        assertThat(small.toBuilder().options()).isEqualTo(small).hasSameHashCodeAs(small);
        assertThat(small.toString()).contains("issuedCredentialsLimit=2");
        assertThatThrownBy(() -> CognitoIdentityFake.builder().issuedCredentialsLimit(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The issued-credentials limit cannot be negative; got -1.");
    }

    @Test
    void keepsTheLatestCredentialsOldestFirst() {
        try (CognitoIdentityFake fake =
                CognitoIdentityFake.builder().issuedCredentialsLimit(3).build()) {
            List<Credentials> issued = issueFive(fake);

            assertThat(fake.issuedCredentials())
                    .extracting(IssuedCredentials::accessKeyId)
                    .containsExactly(
                            issued.get(2).accessKeyId(),
                            issued.get(3).accessKeyId(),
                            issued.get(4).accessKeyId());
            assertThat(fake.roleFor(issued.get(0).accessKeyId())).isEmpty();
            assertThat(fake.roleFor(issued.get(4).accessKeyId())).contains(ROLE);
        }
    }

    @Test
    void aLimitOfZeroKeepsNoneAndTheCallsStillAnswer() {
        try (CognitoIdentityFake fake =
                CognitoIdentityFake.builder().issuedCredentialsLimit(0).build()) {
            List<Credentials> issued = issueFive(fake);

            assertThat(issued).extracting(Credentials::accessKeyId).doesNotHaveDuplicates();
            assertThat(fake.issuedCredentials()).isEmpty();
        }
    }

    private static List<Credentials> issueFive(CognitoIdentityFake fake) {
        CognitoIdentityClient cognito = fake.client();
        String poolId = TestPools.withGuests(cognito, "app");
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", ROLE)));
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        List<Credentials> issued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issued.add(cognito.getCredentialsForIdentity(b -> b.identityId(identityId))
                    .credentials());
        }
        return issued;
    }
}
