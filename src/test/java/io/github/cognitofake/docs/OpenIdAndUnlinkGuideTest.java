package io.github.cognitofake.docs;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.CLIENT_ID;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.TestPools;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** The GetOpenIdToken, UnlinkIdentity and DeleteIdentities examples of docs/identities.md, run as tests. */
class OpenIdAndUnlinkGuideTest {

    private static String createPool(CognitoIdentityClient cognito) {
        return TestPools.pool("app").facebook("my-facebook-app-id").userPool(CLIENT_ID).create(cognito);
    }

    // tag::open-id-token[]
    @Test
    void anOpenIdTokenSaysWhoSignedInAndHow() throws Exception {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1").subject("alice").build();
            String identityId = cognito.getId(b -> b.identityPoolId(poolId).logins(alice.asLogins())).identityId();

            String token = cognito.getOpenIdToken(b -> b.identityId(identityId).logins(alice.asLogins())).token();

            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertThat(claims.get("iss").asText()).isEqualTo("https://cognito-identity.amazonaws.com");
            assertThat(claims.get("aud").asText()).isEqualTo(poolId);
            assertThat(claims.get("sub").asText()).isEqualTo(identityId);
            assertThat(claims.get("amr")).extracting(JsonNode::asText).containsExactly(
                    "authenticated", USER_POOL, USER_POOL + ":CognitoSignIn:alice");
            assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600);
        }
    }
    // end::open-id-token[]

    // tag::unlink-identity[]
    @Test
    void unlinkingTheLastLoginDisablesTheIdentity() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1").subject("alice").build();
            Map<String, String> both = Map.of(alice.loginsKey(), alice.jwt(), "graph.facebook.com", "fb-alice");
            String identityId = cognito.getId(b -> b.identityPoolId(poolId).logins(both)).identityId();

            // The caller proves it is the identity with one of its logins, then gives up Facebook...
            cognito.unlinkIdentity(b -> b.identityId(identityId).logins(alice.asLogins())
                    .loginsToRemove("graph.facebook.com"));
            assertThat(cognito.describeIdentity(b -> b.identityId(identityId)).logins())
                    .containsExactly(USER_POOL);
            // ...and the Facebook user is a stranger now: GetId makes a new identity for it.
            assertThat(cognito.getId(b -> b.identityPoolId(poolId)
                    .logins(Map.of("graph.facebook.com", "fb-alice"))).identityId()).isNotEqualTo(identityId);

            // Removing the last login makes the identity inaccessible.
            cognito.unlinkIdentity(b -> b.identityId(identityId).logins(alice.asLogins())
                    .loginsToRemove(USER_POOL));
            assertThatThrownBy(() -> cognito.getOpenIdToken(b -> b.identityId(identityId)
                    .logins(alice.asLogins())))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageStartingWith("Access to Identity '" + identityId + "' is forbidden.");
        }
    }
    // end::unlink-identity[]

    /** The refusal of the unlink-identity example above, field by field. */
    @Test
    void anIdentityWithoutLoginsIsForbiddenInFull() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1").subject("alice").build();
            Map<String, String> both = Map.of(alice.loginsKey(), alice.jwt(), "graph.facebook.com", "fb-alice");
            String identityId = cognito.getId(b -> b.identityPoolId(poolId).logins(both)).identityId();
            cognito.unlinkIdentity(b -> b.identityId(identityId).logins(alice.asLogins())
                    .loginsToRemove("graph.facebook.com", USER_POOL));

            assertServiceError(
                    () -> cognito.getOpenIdToken(b -> b.identityId(identityId).logins(alice.asLogins())),
                    NotAuthorizedException.class,
                    400,
                    "NotAuthorizedException",
                    "Access to Identity '" + identityId + "' is forbidden.");
        }
    }

    // tag::delete-identities[]
    @Test
    void deletedIdentitiesFreeTheirLogins() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            Map<String, String> facebook = Map.of("graph.facebook.com", "fb-bob");
            String bob = cognito.getId(b -> b.identityPoolId(poolId).logins(facebook)).identityId();
            String neverExisted = "us-east-1:00000000-0000-0000-0000-000000000000";

            DeleteIdentitiesResponse answer = cognito.deleteIdentities(b -> b.identityIdsToDelete(bob, neverExisted));

            assertThat(answer.unprocessedIdentityIds()).isEmpty();
            assertThatThrownBy(() -> cognito.describeIdentity(b -> b.identityId(bob)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(facebook)).identityId()).isNotEqualTo(bob);
        }
    }
    // end::delete-identities[]

    /** The refusal of the delete-identities example above, field by field. */
    @Test
    void aDeletedIdentityIsNotFoundInFull() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = createPool(cognito);
            String bob = cognito.getId(b -> b.identityPoolId(poolId)
                    .logins(Map.of("graph.facebook.com", "fb-bob"))).identityId();
            cognito.deleteIdentities(b -> b.identityIdsToDelete(bob));

            assertServiceError(
                    () -> cognito.describeIdentity(b -> b.identityId(bob)),
                    ResourceNotFoundException.class,
                    400,
                    "ResourceNotFoundException",
                    "Identity '" + bob + "' not found.");
        }
    }
}
