package io.github.cognitofake.wire;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.RawHttp;
import io.github.cognitofake.testing.RawHttp.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/**
 * Error answers echo a bounded part of the request (issue 16, finding 3): at most 256 characters of a failing
 * value, and at most 4096 characters of message, the same in the body and in the {@code x-amzn-ErrorMessage}
 * header. Both bounds are unconfirmed choices (docs/fidelity.md); before them a 5 MB request got a 31 MB answer.
 */
class ErrorMessageBoundsTest {

    private static final String CUT = "...";

    private final CognitoIdentityFake fake = CognitoIdentityFake.create();

    @AfterEach
    void close() {
        fake.close();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void echoesAtMost256CharactersOfAPoolNameOf900000(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String name = "n".repeat(900_000);
        String message = "1 validation error detected: Value '" + "n".repeat(256) + CUT
                + "' at 'identityPoolName' failed to satisfy constraint: Member must have length less than or equal"
                + " to 128";

        CognitoIdentityException error = assertServiceError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(false)),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                message);

        assertThat(error.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amzn-ErrorMessage"))
                .as("the header carries the same text")
                .hasValue(message);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void echoesAtMost256CharactersOfAMapOfMegabytes(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName("p").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        Map<String, String> logins = new LinkedHashMap<>();
        StringBuilder printed = new StringBuilder("{");
        for (int i = 0; i < 200_000; i++) {
            String key = "provider" + i + ".example.com";
            logins.put(key, "token" + i);
            printed.append(i == 0 ? "" : ", ").append(key).append("=token").append(i);
        }
        String message = "1 validation error detected: Value '" + printed.substring(0, 256) + CUT
                + "' at 'logins' failed to satisfy constraint: Member must have length less than or equal to 10";

        CognitoIdentityException error = assertServiceError(
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(logins)),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                message);

        assertThat(error.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amzn-ErrorMessage"))
                .hasValue(message);
        assertThat(cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(60))
                        .identities())
                .isEmpty();
    }

    @Test
    void echoesAValueOfExactly256CharactersWhole() {
        String name = "n".repeat(256);

        Response response = RawHttp.to(fake)
                .operation("CreateIdentityPool")
                .send("{\"IdentityPoolName\":\"" + name + "\",\"AllowUnauthenticatedIdentities\":false}");

        assertThat(response.header("x-amzn-ErrorMessage"))
                .isEqualTo("1 validation error detected: Value '" + name
                        + "' at 'identityPoolName' failed to satisfy constraint: Member must have length less than"
                        + " or equal to 128");
    }

    @Test
    void cutsAValueBeforeASurrogatePairRatherThanThroughIt() {
        String name = "n".repeat(255) + "\uD83D\uDE00".repeat(10); // the 256th character starts an emoji

        Response response = RawHttp.to(fake)
                .operation("CreateIdentityPool")
                .send("{\"IdentityPoolName\":\"" + name + "\",\"AllowUnauthenticatedIdentities\":false}");

        assertThat(response.body())
                .contains("Value '" + "n".repeat(255) + CUT + "' at 'identityPoolName'")
                .doesNotContain("\\ud83d");
    }

    @Test
    void boundsTheWholeMessageTo4096CharactersInBodyAndHeader() {
        String notABoolean = "x".repeat(1_000_000);

        Response response = RawHttp.to(fake)
                .operation("CreateIdentityPool")
                .send("{\"IdentityPoolName\":\"p\",\"AllowUnauthenticatedIdentities\":\"" + notABoolean + "\"}");

        String expected =
                ("'" + "X".repeat(1_000_000) + "' can not be converted to an Boolean").substring(0, 4093) + CUT;
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("SerializationException:");
        assertThat(response.header("x-amzn-ErrorMessage")).hasSize(4096).isEqualTo(expected);
        assertThat(response.body())
                .isEqualTo("{\"__type\":\"SerializationException\",\"Message\":\"" + expected + "\"}");
    }

    @Test
    void keepsAMapKeyOfAPathToAtMost256Characters() {
        String poolId = fake.client()
                .createIdentityPool(b -> b.identityPoolName("p").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String key = "k".repeat(40_000); // Jackson reads member names of up to 50,000 characters

        Response response = RawHttp.to(fake)
                .operation("SetIdentityPoolRoles")
                .send("{\"IdentityPoolId\":\"" + poolId + "\",\"Roles\":{},\"RoleMappings\":{\"" + key
                        + "\":{\"Type\":\"Bogus\"}}}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("x-amzn-ErrorMessage"))
                .as(response.body())
                .contains("at 'roleMappings." + "k".repeat(256) + CUT + ".member.type' failed to satisfy constraint")
                .hasSizeLessThan(1_000);
    }
}
