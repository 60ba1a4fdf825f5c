package io.github.cognitofake.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answer to a valid request for an operation without a handler. The fake implements every operation of the
 * model, so this path is reached only through a handler table that lacks one.
 */
class NotImplementedAnswerTest {

    private final AwsJsonProtocol protocol =
            new AwsJsonProtocol(ServiceModel.cognitoIdentity(), operation -> Optional.empty());

    @Test
    void answers501NamingTheOperationAfterTheInputPassedItsChecks() {
        WireResponse response = protocol.handle(request(
                "MergeDeveloperIdentities",
                "{\"IdentityPoolId\":\"us-east-1:00000000-0000-0000-0000-000000000000\","
                        + "\"DeveloperProviderName\":\"x\",\"SourceUserIdentifier\":\"a\","
                        + "\"DestinationUserIdentifier\":\"b\"}"));

        assertThat(response.status()).isEqualTo(501);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"__type\":\"NotImplementedException\",\"message\":"
                        + "\"cognito-identity-fake does not implement MergeDeveloperIdentities yet.\"}");
        assertThat(response.requestId()).isNotBlank();
    }

    @Test
    void validatesTheInputBeforeLookingForAHandler() {
        WireResponse response = protocol.handle(request("MergeDeveloperIdentities", "{}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .startsWith("{\"__type\":\"ValidationException\",\"message\":\"4 validation errors detected: ");
    }

    private static WireRequest request(String operation, String body) {
        return new WireRequest(
                "POST",
                "/",
                Map.of(
                        "Content-Type", List.of("application/x-amz-json-1.1"),
                        "X-Amz-Target", List.of("AWSCognitoIdentityService." + operation),
                        "Authorization",
                                List.of("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121/us-east-1/"
                                        + "cognito-identity/aws4_request, SignedHeaders=host, Signature=00")),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
