package io.github.cognitofake.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;

/** The developer-authenticated identities example of docs/identities.md, run as a test. */
class DeveloperIdentitiesGuideTest {

    // tag::developer-identities[]
    @Test
    void yourBackendSignsInItsOwnUsers() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = cognito.createIdentityPool(b -> b
                    .identityPoolName("app")
                    .allowUnauthenticatedIdentities(false)
                    .developerProviderName("login.example.app")).identityPoolId();

            // Your backend vouches for user "ann"; Cognito gives her an identity and an OpenID token.
            GetOpenIdTokenForDeveloperIdentityResponse ann = cognito.getOpenIdTokenForDeveloperIdentity(b -> b
                    .identityPoolId(poolId)
                    .logins(Map.of("login.example.app", "ann"))
                    .tokenDuration(3600L));
            // Her old account joins the same identity: the token proves the call is for it.
            cognito.getOpenIdTokenForDeveloperIdentity(b -> b
                    .identityPoolId(poolId)
                    .identityId(ann.identityId())
                    .logins(Map.of("login.example.app", "ann-old",
                            "cognito-identity.amazonaws.com", ann.token())));

            assertThat(cognito.lookupDeveloperIdentity(b -> b.identityPoolId(poolId)
                    .identityId(ann.identityId())).developerUserIdentifierList())
                    .containsExactly("ann", "ann-old");
            assertThat(cognito.lookupDeveloperIdentity(b -> b.identityPoolId(poolId)
                    .developerUserIdentifier("ann-old")).identityId())
                    .isEqualTo(ann.identityId());
            assertThat(cognito.describeIdentity(b -> b.identityId(ann.identityId())).logins())
                    .containsExactly("login.example.app");
        }
    }
    // end::developer-identities[]
}
