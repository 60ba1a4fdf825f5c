package io.github.cognitofake.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.RawHttp;
import io.github.cognitofake.testing.RawHttp.Response;
import io.github.cognitofake.testing.TestPools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.http.SdkHttpMethod;

/** What the fake answers before an operation runs: routing, content type, JSON syntax and types, signatures. */
@CognitoIdentityFakeTest
class FrontDoorTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @Test
    void answersASuccessWithTheServicesHeaders() {
        Response response = RawHttp.to(fake).operation("ListIdentityPools").send("{\"MaxResults\":5}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"IdentityPools\":[]}");
        assertThat(response.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(response.header("Content-Length")).isEqualTo("20");
        assertThat(response.header("x-amzn-RequestId")).matches(UUID);
        java.time.Instant date = java.time.ZonedDateTime.parse(
                        response.header("Date"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        assertThat(date)
                .isBetween(
                        java.time.Instant.now().minusSeconds(5),
                        java.time.Instant.now().plusSeconds(1));
    }

    @Test
    void answersAnOperationWithoutOutputWithAnEmptyBody() {
        String id = TestPools.create(fake.client(), "p");

        Response response =
                RawHttp.to(fake).operation("DeleteIdentityPool").send("{\"IdentityPoolId\":\"" + id + "\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("Content-Length")).isEqualTo("0");
    }

    @Test
    void answersErrorsWithTypeAndMessageInBodyAndHeaders() {
        Response response = RawHttp.to(fake)
                .operation("DescribeIdentityPool")
                .send("{\"IdentityPoolId\":\"us-east-1:00000000-0000-0000-0000-000000000000\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"__type\":\"ResourceNotFoundException\",\"message\":"
                        + "\"IdentityPool 'us-east-1:00000000-0000-0000-0000-000000000000' not found.\"}");
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("ResourceNotFoundException:");
        assertThat(response.header("x-amzn-ErrorMessage"))
                .isEqualTo("IdentityPool 'us-east-1:00000000-0000-0000-0000-000000000000' not found.");
        assertThat(response.header("x-amzn-RequestId")).matches(UUID);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "AWSCognitoIdentityService.NoSuchOperation",
                "DynamoDB_20120810.ListTables",
                "AWSCognitoIdentityService.",
                "AWSCognitoIdentityService.listIdentityPools",
            })
    void answersUnknownOperationForATargetItDoesNotServe(String target) {
        Response response = RawHttp.to(fake).header("X-Amz-Target", target).send("{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"__type\":\"UnknownOperationException\"}");
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("UnknownOperationException:");
    }

    @Test
    void answersUnknownOperationWithoutATarget() {
        Response response = RawHttp.to(fake).send("{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"__type\":\"UnknownOperationException\"}");
    }

    @Test
    void answersBadRequestToAnythingButPost() {
        Response response = RawHttp.to(fake)
                .method(SdkHttpMethod.GET)
                .operation("ListIdentityPools")
                .send("");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"BadRequest\",\"message\":"
                        + "\"The server did not understand the operation that was requested.\",\"type\":\"client\"}");
    }

    @Test
    void answersInXmlWhenTheRequestIsNotJson() {
        Response withTarget = RawHttp.to(fake)
                .header("Content-Type", "text/plain")
                .operation("ListIdentityPools")
                .send("{\"MaxResults\":5}");
        Response withoutTarget =
                RawHttp.to(fake).header("Content-Type", "application/json").send("{}");

        assertThat(withTarget.status()).isEqualTo(404);
        assertThat(withTarget.body()).isEqualTo("<UnknownOperationException/>\n");
        assertThat(withoutTarget.status()).isEqualTo(403);
        assertThat(withoutTarget.body())
                .isEqualTo("<AccessDeniedException>\n"
                        + "  <Message>Unable to determine service/operation name to be authorized</Message>\n"
                        + "</AccessDeniedException>\n");
    }

    @Test
    void acceptsTheJson10ContentTypeAndACharset() {
        assertThat(RawHttp.to(fake)
                        .header("Content-Type", "application/x-amz-json-1.0")
                        .operation("ListIdentityPools")
                        .send("{\"MaxResults\":5}")
                        .status())
                .isEqualTo(200);
        assertThat(RawHttp.to(fake)
                        .header("Content-Type", "application/x-amz-json-1.1; charset=utf-8")
                        .operation("ListIdentityPools")
                        .send("{\"MaxResults\":5}")
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "not json",
                "{\"MaxResults\":5",
                "{\"MaxResults\":5} trailing",
                "{\"MaxResults\":5,\"MaxResults\":6}",
            })
    void answersSerializationExceptionWithoutMessageToABodyThatIsNotJson(String body) {
        Response response = RawHttp.to(fake).operation("ListIdentityPools").send(body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"__type\":\"SerializationException\"}");
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("SerializationException:");
    }

    @Test
    void survivesDeeplyNestedJson() {
        String deep = "{\"IdentityPoolId\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        Response response = RawHttp.to(fake).operation("DescribeIdentityPool").send(deep);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"__type\":\"SerializationException\"}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "DescribeIdentityPool|{\"IdentityPoolId\":5}|class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String",
                "DescribeIdentityPool|{\"IdentityPoolId\":true}|class java.lang.Boolean can not be converted to an String",
                "DescribeIdentityPool|{\"IdentityPoolId\":{}}|Start of structure or map found where not expected.",
                "DescribeIdentityPool|{\"IdentityPoolId\":[]}|Start of list found where not expected",
                "ListIdentityPools|{\"MaxResults\":\"5\"}|class java.lang.String can not be converted to an Integer",
                "SetIdentityPoolRoles|{\"Roles\":\"x\"}|Expected map or null",
                "CreateIdentityPool|{\"SamlProviderARNs\":\"x\"}|Expected list or null",
            })
    void answersSerializationExceptionWithCoralsTextToAMemberOfTheWrongType(
            String operation, String body, String message) {
        Response response = RawHttp.to(fake).operation(operation).send(body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"__type\":\"SerializationException\",\"Message\":\"" + message + "\"}");
    }

    @Test
    void readsAnEmptyBodyAsAnInputWithoutMembers() {
        Response response = RawHttp.to(fake).operation("ListIdentityPools").send("");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"__type\":\"ValidationException\",\"message\":\"1 validation error "
                                + "detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null\"}");
    }

    @Test
    void ignoresMembersTheModelDoesNotHave() {
        Response response =
                RawHttp.to(fake).operation("ListIdentityPools").send("{\"MaxResults\":5,\"Unknown\":{\"deep\":[1,2]}}");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedRequestToAnOperationThatNeedsASignature() {
        Response response = RawHttp.to(fake)
                .without("Authorization")
                .operation("ListIdentityPools")
                .send("{\"MaxResults\":5}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"__type\":\"MissingAuthenticationTokenException\",\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void letsAnUnsignedRequestReachAnOperationThatNeedsNoSignature() {
        Response response =
                RawHttp.to(fake).without("Authorization").operation("GetId").send("{\"IdentityPoolId\":\"bad\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"__type\":\"ValidationException\",\"message\":\"1 validation error "
                        + "detected: Value 'bad' at 'identityPoolId' failed to satisfy constraint: Member must satisfy "
                        + "regular expression pattern: [\\\\w-]+:[0-9a-f-]+\"}");
    }
}
