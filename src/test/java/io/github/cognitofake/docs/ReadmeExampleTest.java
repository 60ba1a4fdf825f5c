package io.github.cognitofake.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
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
                CognitoIdentityClient yours = fake.configure(CognitoIdentityClient.builder()).build()) {
            assertThat(yours.listIdentityPools(b -> b.maxResults(10)).identityPools()).isEmpty();
        }
    }
    // end::own-client[]
}
