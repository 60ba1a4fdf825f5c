package io.github.cognitofake.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.RawHttp;
import io.github.cognitofake.testing.RawHttp.Response;
import org.junit.jupiter.api.Test;

/** Routing edge cases of the front door, on the wire. */
@CognitoIdentityFakeTest
class FrontDoorRoutingTest {

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @Test
    void theTargetPrefixIsMatchedExactly() {
        // The same length as the real prefix, so only the prefix comparison can tell them apart.
        Response response = RawHttp.to(fake)
                .header("X-Amz-Target", "awscognitoidentityservice.ListIdentityPools")
                .send("{\"MaxResults\":5}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"__type\":\"UnknownOperationException\"}");
    }

    @Test
    void anEmptyBodyIsARequestWithoutMembers() {
        Response response = RawHttp.to(fake).operation("ListIdentityPools").send("");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"__type\":\"ValidationException\",\"message\":\"1 validation error "
                                + "detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null\"}");
    }
}
