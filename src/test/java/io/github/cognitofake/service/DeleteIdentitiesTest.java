package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.RawHttp;
import io.github.cognitofake.testing.TestPools;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** DeleteIdentities through the real SDK: identities of any pool go, with their logins; unknown ids are skipped. */
@CognitoIdentityFakeTest
class DeleteIdentitiesTest {

    private static final TestPools.Spec POOL = TestPools.pool("app").guests().facebook("fb-app");

    static final String UNKNOWN = "us-east-1:00000000-0000-0000-0000-000000000000";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void deletesIdentitiesOfAnyPoolAndFreesTheirLogins(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String first = POOL.named("first").create(cognito);
        String second = POOL.named("second").create(cognito);
        String alice = cognito.getId(b -> b.identityPoolId(first).logins(Map.of(FACEBOOK, "fb-alice")))
                .identityId();
        String kept = cognito.getId(b -> b.identityPoolId(first).logins(Map.of(FACEBOOK, "fb-bob")))
                .identityId();
        String guest = cognito.getId(b -> b.identityPoolId(second)).identityId();

        DeleteIdentitiesResponse answer =
                cognito.deleteIdentities(b -> b.identityIdsToDelete(alice, guest, UNKNOWN, alice));

        assertThat(answer.hasUnprocessedIdentityIds())
                .as("printed even when empty")
                .isTrue();
        assertThat(answer.unprocessedIdentityIds()).isEmpty();
        for (String deleted : new String[] {alice, guest}) {
            assertServiceError(
                    () -> cognito.describeIdentity(b -> b.identityId(deleted)),
                    ResourceNotFoundException.class,
                    400,
                    "ResourceNotFoundException",
                    "Identity '" + deleted + "' not found.");
        }
        assertThat(cognito.listIdentities(b -> b.identityPoolId(first).maxResults(10))
                        .identities())
                .extracting(IdentityDescription::identityId)
                .containsExactly(kept);
        assertThat(cognito.listIdentities(b -> b.identityPoolId(second).maxResults(10))
                        .identities())
                .isEmpty();
        String again = cognito.getId(b -> b.identityPoolId(first).logins(Map.of(FACEBOOK, "fb-alice")))
                .identityId();
        assertThat(again).as("the freed login makes a new identity").isNotEqualTo(alice);
        assertThat(cognito.describeIdentity(b -> b.identityId(again)).logins()).containsExactly(FACEBOOK);
    }

    @BothClients
    void skipsIdsOfNoIdentity(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.named("app").create(cognito);
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        cognito.deleteIdentities(b -> b.identityIdsToDelete(guest));

        DeleteIdentitiesResponse again = cognito.deleteIdentities(b -> b.identityIdsToDelete(guest, UNKNOWN));

        assertThat(again.unprocessedIdentityIds()).isEmpty();
    }

    @Test
    void printsAnEmptyUnprocessedList() {
        String poolId = POOL.named("app").create(fake.client());
        String guest = fake.client().getId(b -> b.identityPoolId(poolId)).identityId();

        RawHttp.Response response =
                RawHttp.to(fake).operation("DeleteIdentities").send("{\"IdentityIdsToDelete\":[\"" + guest + "\"]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"UnprocessedIdentityIds\":[]}");
    }
}
