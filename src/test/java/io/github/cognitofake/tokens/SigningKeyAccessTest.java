package io.github.cognitofake.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.TestPools;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** A test can verify the fake's OpenID tokens with the public key it publishes, as a relying party would. */
class SigningKeyAccessTest {

    @Test
    void theFakesOpenIdTokensVerifyWithThePublishedKey() throws Exception {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = TestPools.withGuests(cognito, "app");
            String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
            String token = cognito.getOpenIdToken(b -> b.identityId(identityId)).token();

            String[] parts = token.split("\\.");
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(Tokens.signingKey());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));

            assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
            assertThat(header.get("kid").asText()).isEqualTo(Tokens.signingKeyId());
        }
    }

    @Test
    void theJwksDescribesTheSameKey() throws Exception {
        JsonNode key =
                new ObjectMapper().readTree(Tokens.signingKeyJwks()).get("keys").get(0);

        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("kid").asText()).isEqualTo(Tokens.signingKeyId());
        assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asText())))
                .isEqualTo(Tokens.signingKey().getModulus());
        assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e").asText())))
                .isEqualTo(Tokens.signingKey().getPublicExponent());
    }
}
