package io.github.cognitofake.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetPrincipalTagAttributeMapResponse;

/** The examples of docs/tags.md, each runnable as it is printed there. */
@CognitoIdentityFakeTest
class TagsExamplesTest {

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @InjectCognitoIdentity
    CognitoIdentityClient client;

    @Test
    void tagsAreThePoolsIdentityPoolTags() {
        // tag::tags[]
        String poolId = client.createIdentityPool(b -> b.identityPoolName("app")
                .allowUnauthenticatedIdentities(false)
                .identityPoolTags(Map.of("team", "auth"))).identityPoolId();
        String arn = fake.identityPoolArn(poolId); // arn:aws:cognito-identity:us-east-1:123456789012:identitypool/...

        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("stage", "test")));
        client.untagResource(b -> b.resourceArn(arn).tagKeys("team"));

        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("stage", "test"));
        assertThat(client.describeIdentityPool(b -> b.identityPoolId(poolId)).identityPoolTags())
                .isEqualTo(Map.of("stage", "test"));
        // end::tags[]
    }

    @Test
    void principalTagsOfAUserPoolProvider() {
        // tag::principalTags[]
        String userPool = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123";
        String poolId = client.createIdentityPool(b -> b.identityPoolName("app")
                .allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName(userPool).clientId("client1").build())).identityPoolId();

        client.setPrincipalTagAttributeMap(b -> b.identityPoolId(poolId)
                .identityProviderName(userPool)            // the user pool, without the app client id
                .principalTags(Map.of("tenant", "custom:tenant")));

        GetPrincipalTagAttributeMapResponse map = client.getPrincipalTagAttributeMap(b -> b
                .identityPoolId(poolId).identityProviderName(userPool));
        assertThat(map.useDefaults()).isFalse();
        assertThat(map.principalTags()).containsEntry("tenant", "custom:tenant");
        // end::principalTags[]
    }
}
