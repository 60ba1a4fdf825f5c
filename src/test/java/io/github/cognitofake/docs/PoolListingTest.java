package io.github.cognitofake.docs;

// tag::extendWith[]
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

@ExtendWith(CognitoIdentityFakeExtension.class)
class PoolListingTest {

    @Test
    void listsTheSeededPool(CognitoIdentityClient client, CognitoIdentityFake fake) {
        fake.seed(s -> s.identityPool("app", p -> p.allowUnauthenticatedIdentities(true)));

        assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                .extracting(IdentityPoolShortDescription::identityPoolName)
                .containsExactly("app");
    }
}
// end::extendWith[]
