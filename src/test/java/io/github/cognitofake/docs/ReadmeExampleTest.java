package io.github.cognitofake.docs;

import static io.github.cognitofake.assertj.CognitoIdentityFakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.CONTAINS;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.Retries;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** The examples of README.md, run as tests. */
class ReadmeExampleTest {

    // tag::first-example[]
    @Test
    void readsBackTheRolesOfAPool() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client(); // a real SDK client, answered in-process

            String poolId = cognito.createIdentityPool(b -> b
                    .identityPoolName("app")
                    .allowUnauthenticatedIdentities(true)).identityPoolId();
            cognito.setIdentityPoolRoles(b -> b
                    .identityPoolId(poolId)
                    .roles(Map.of("authenticated", "arn:aws:iam::123456789012:role/Auth",
                            "unauthenticated", "arn:aws:iam::123456789012:role/Guest")));

            GetIdentityPoolRolesResponse roles = cognito.getIdentityPoolRoles(b -> b.identityPoolId(poolId));

            assertThat(roles.roles()).containsEntry("authenticated", "arn:aws:iam::123456789012:role/Auth");
        }
    }
    // end::first-example[]

    // tag::errors[]
    @Test
    void failsLikeTheRealService() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

            ResourceNotFoundException error = org.junit.jupiter.api.Assertions.assertThrows(
                    ResourceNotFoundException.class,
                    () -> fake.client().getIdentityPoolRoles(b -> b.identityPoolId(unknown)));

            assertThat(error.statusCode()).isEqualTo(400);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
            assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("IdentityPool '" + unknown + "' not found.");
        }
    }
    // end::errors[]

    // tag::own-client[]
    @Test
    void pointsYourOwnClientBuilderAtTheFake() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create();
                CognitoIdentityClient yours = fake.configure(CognitoIdentityClient.builder()).build();
                // the same, with your retry attempts but no waiting between them:
                CognitoIdentityClient quick =
                        fake.configure(CognitoIdentityClient.builder(), Retries.WITHOUT_BACKOFF).build()) {
            assertThat(yours.listIdentityPools(b -> b.maxResults(10)).identityPools()).isEmpty();
            assertThat(quick.listIdentityPools(b -> b.maxResults(10)).identityPools()).isEmpty();
        }
    }
    // end::own-client[]

    @Test
    void followsAUserFromLoginToTheirRole() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient client = fake.client();
            String poolId = fake.seed(s -> s.identityPool("app", p -> p
                    .authenticatedRole("arn:aws:iam::123456789012:role/Auth")
                    .rulesMapping("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123:client1", DENY, r -> r
                            .when("cognito:groups", CONTAINS, "admins").assume("arn:aws:iam::123456789012:role/Admin"))))
                .poolId("app");

            // tag::login-to-credentials[]
            ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1").group("admins").build();

            String identityId = client.getId(b -> b.identityPoolId(poolId).logins(alice.asLogins())).identityId();
            client.getCredentialsForIdentity(b -> b.identityId(identityId).logins(alice.asLogins()));

            assertThat(fake).issuedCredentialsFor(identityId).singleElement()
                    .hasRole("arn:aws:iam::123456789012:role/Admin");
            // end::login-to-credentials[]
        }
    }
}
