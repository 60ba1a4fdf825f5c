package io.github.cognitofake.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.model.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonShapeCheckerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ServiceModel MODEL = ServiceModel.cognitoIdentity();

    private static final String NUMBER_TO_STRING =
            "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String";
    private static final String NUMBER_TO_BOOLEAN =
            "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an Boolean";
    private static final String START_OF_STRUCTURE = "Start of structure or map found where not expected.";
    private static final String START_OF_LIST = "Start of list found where not expected";

    // Members used below: IdentityPoolId string, Logins map, PrincipalTags map, TokenDuration long.
    private static final Shape DEVELOPER_TOKEN = input("GetOpenIdTokenForDeveloperIdentity");
    // MaxResults integer, HideDisabled boolean.
    private static final Shape LIST_IDENTITIES = input("ListIdentities");
    // Lists of strings and of structures, maps of strings.
    private static final Shape CREATE_POOL = input("CreateIdentityPool");
    private static final Shape SET_ROLES = input("SetIdentityPoolRoles");
    private static final Shape DELETE_IDENTITIES = input("DeleteIdentities");
    // The model's only timestamps are in outputs; the checker works on any structure.
    private static final Shape IDENTITY_DESCRIPTION = MODEL.shape("IdentityDescription");

    @ParameterizedTest
    @ValueSource(strings = {"5", "-1", "34.56", "100000000000000000000000", "1e400"})
    void aNumberIsNotAString(String number) {
        assertThat(failure(DEVELOPER_TOKEN, "{\"IdentityPoolId\": " + number + "}"))
                .isEqualTo(NUMBER_TO_STRING);
    }

    @Test
    void aBooleanIsNotAString() {
        assertThat(failure(DEVELOPER_TOKEN, "{\"IdentityPoolId\": true}"))
                .isEqualTo("class java.lang.Boolean can not be converted to an String");
    }

    @Test
    void anObjectWhereAScalarIsExpected() {
        assertThat(failure(DEVELOPER_TOKEN, "{\"IdentityPoolId\": {}}")).isEqualTo(START_OF_STRUCTURE);
        assertThat(failure(LIST_IDENTITIES, "{\"MaxResults\": {\"a\": 1}}")).isEqualTo(START_OF_STRUCTURE);
        assertThat(failure(DEVELOPER_TOKEN, "{\"TokenDuration\": {}}")).isEqualTo(START_OF_STRUCTURE);
        assertThat(failure(LIST_IDENTITIES, "{\"HideDisabled\": {}}")).isEqualTo(START_OF_STRUCTURE);
        assertThat(failure(IDENTITY_DESCRIPTION, "{\"CreationDate\": {}}")).isEqualTo(START_OF_STRUCTURE);
    }

    @Test
    void anArrayWhereAScalarIsExpected() {
        assertThat(failure(DEVELOPER_TOKEN, "{\"IdentityPoolId\": [\"a\"]}")).isEqualTo(START_OF_LIST);
        assertThat(failure(LIST_IDENTITIES, "{\"MaxResults\": []}")).isEqualTo(START_OF_LIST);
        assertThat(failure(DEVELOPER_TOKEN, "{\"TokenDuration\": []}")).isEqualTo(START_OF_LIST);
        assertThat(failure(LIST_IDENTITIES, "{\"HideDisabled\": []}")).isEqualTo(START_OF_LIST);
        assertThat(failure(IDENTITY_DESCRIPTION, "{\"CreationDate\": []}")).isEqualTo(START_OF_LIST);
    }

    @Test
    void anArrayInsideAMapOfStrings() {
        // The case Cognito Identity itself answered (aws/aws-sdk-js-v3#2831).
        assertThat(failure(DEVELOPER_TOKEN, "{\"PrincipalTags\": {\"a\": [\"b\"]}}"))
                .isEqualTo(START_OF_LIST);
    }

    @Test
    void aStringIsNotAnInteger() {
        assertThat(failure(LIST_IDENTITIES, "{\"MaxResults\": \"10\"}"))
                .isEqualTo("class java.lang.String can not be converted to an Integer");
    }

    @Test
    void aBooleanIsNotAnInteger() {
        assertThat(failure(LIST_IDENTITIES, "{\"MaxResults\": false}"))
                .isEqualTo("class java.lang.Boolean can not be converted to an Integer");
    }

    @Test
    void aStringIsNotALong() {
        assertThat(failure(DEVELOPER_TOKEN, "{\"TokenDuration\": \"60\"}"))
                .isEqualTo("class java.lang.String can not be converted to an Long");
    }

    @Test
    void aBooleanIsNotALong() {
        assertThat(failure(DEVELOPER_TOKEN, "{\"TokenDuration\": true}"))
                .isEqualTo("class java.lang.Boolean can not be converted to an Long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "23", "-2147483648", "2147483648", "34.56"})
    void aNumberIsNotABoolean(String number) {
        assertThat(failure(LIST_IDENTITIES, "{\"HideDisabled\": " + number + "}"))
                .isEqualTo(NUMBER_TO_BOOLEAN);
    }

    @Test
    void anUnknownStringIsNotABooleanAndIsEchoedUpperCased() {
        assertThat(failure(LIST_IDENTITIES, "{\"HideDisabled\": \"23\"}"))
                .isEqualTo("'23' can not be converted to an Boolean");
        assertThat(failure(LIST_IDENTITIES, "{\"HideDisabled\": \"maybe\"}"))
                .isEqualTo("'MAYBE' can not be converted to an Boolean");
        assertThat(failure(LIST_IDENTITIES, "{\"HideDisabled\": \"\"}"))
                .isEqualTo("'' can not be converted to an Boolean");
    }

    @ParameterizedTest
    @CsvSource({
        "true,true",
        "TRUE,true",
        "True,true",
        "yes,true",
        "1,true",
        "false,false",
        "False,false",
        "NO,false",
        "0,false"
    })
    void booleanSpellingsConvert(String text, boolean expected) throws Exception {
        JsonNode normalized = normalize(LIST_IDENTITIES, "{\"HideDisabled\": \"" + text + "\"}");

        assertThat(normalized.get("HideDisabled").isBoolean()).isTrue();
        assertThat(normalized.get("HideDisabled").booleanValue()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\"", "1", "true"})
    void aScalarIsNotAList(String scalar) {
        assertThat(failure(DELETE_IDENTITIES, "{\"IdentityIdsToDelete\": " + scalar + "}"))
                .isEqualTo("Expected list or null");
    }

    @Test
    void anObjectIsNotAList() {
        assertThat(failure(DELETE_IDENTITIES, "{\"IdentityIdsToDelete\": {}}")).isEqualTo(START_OF_STRUCTURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\"", "1", "true"})
    void aScalarIsNotAMap(String scalar) {
        assertThat(failure(SET_ROLES, "{\"Roles\": " + scalar + "}")).isEqualTo("Expected map or null");
    }

    @Test
    void anArrayIsNotAMap() {
        assertThat(failure(SET_ROLES, "{\"Roles\": []}")).isEqualTo(START_OF_LIST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\"", "1", "false"})
    void aScalarIsNotAStructure(String scalar) {
        assertThat(failure(SET_ROLES, "{\"RoleMappings\": {\"p\": {\"RulesConfiguration\": " + scalar + "}}}"))
                .isEqualTo("Expected null");
    }

    @Test
    void anArrayIsNotAStructure() {
        assertThat(failure(SET_ROLES, "{\"RoleMappings\": {\"p\": []}}")).isEqualTo(START_OF_LIST);
    }

    @Test
    void theTopLevelBodyMustBeAnObject() {
        assertThat(failure(SET_ROLES, "[]")).isEqualTo(START_OF_LIST);
        assertThat(failure(SET_ROLES, "\"text\"")).isEqualTo("Expected null");
        assertThat(failure(SET_ROLES, "5")).isEqualTo("Expected null");
    }

    @Test
    void aNullBodyIsAnEmptyInput() throws Exception {
        assertThat(normalize(SET_ROLES, "null")).isEqualTo(MAPPER.createObjectNode());
        assertThat(JsonShapeChecker.normalize(SET_ROLES, null)).isEqualTo(MAPPER.createObjectNode());
    }

    @Test
    void aStringIsNotATimestamp() {
        assertThat(failure(IDENTITY_DESCRIPTION, "{\"CreationDate\": \"2024-01-01T00:00:00Z\"}"))
                .isEqualTo("class java.lang.String can not be converted to milliseconds since epoch");
    }

    @Test
    void aBooleanIsNotATimestamp() {
        assertThat(failure(IDENTITY_DESCRIPTION, "{\"CreationDate\": true}"))
                .isEqualTo("class java.lang.Boolean can not be converted to milliseconds since epoch");
    }

    @Test
    void aTimestampIsEpochSecondsAndKeptAsIs() throws Exception {
        JsonNode normalized = normalize(IDENTITY_DESCRIPTION, "{\"CreationDate\": 1700000000.25}");

        assertThat(normalized.get("CreationDate").doubleValue()).isEqualTo(1700000000.25);
    }

    @Test
    void theFirstFailureInDocumentOrderWins() {
        assertThat(failure(LIST_IDENTITIES, "{\"MaxResults\": \"x\", \"IdentityPoolId\": 5}"))
                .isEqualTo("class java.lang.String can not be converted to an Integer");
        assertThat(failure(LIST_IDENTITIES, "{\"IdentityPoolId\": 5, \"MaxResults\": \"x\"}"))
                .isEqualTo(NUMBER_TO_STRING);
    }

    @Test
    void theFirstFailureInsideAListWins() {
        assertThat(failure(DELETE_IDENTITIES, "{\"IdentityIdsToDelete\": [\"ok\", true, 3]}"))
                .isEqualTo("class java.lang.Boolean can not be converted to an String");
    }

    @ParameterizedTest
    @CsvSource({"2.9,2", "-2.9,-2", "0.5,0", "1e1,10", "60,60"})
    void integersAreTruncatedTowardZero(String number, int expected) throws Exception {
        JsonNode normalized = normalize(LIST_IDENTITIES, "{\"MaxResults\": " + number + "}");

        assertThat(normalized.get("MaxResults").isInt()).isTrue();
        assertThat(normalized.get("MaxResults").intValue()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "100000000000,2147483647", "-100000000000,-2147483648", "2147483647.9,2147483647",
        "1e400,2147483647", "-1e400,-2147483648", "99999999999999999999999999,2147483647"
    })
    void integersAreClampedToTheJavaRange(String number, int expected) throws Exception {
        assertThat(normalize(LIST_IDENTITIES, "{\"MaxResults\": " + number + "}")
                        .get("MaxResults")
                        .intValue())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "86400.99,86400", "9223372036854775808,9223372036854775807",
        "-9223372036854775809,-9223372036854775808", "1e30,9223372036854775807"
    })
    void longsAreTruncatedAndClamped(String number, long expected) throws Exception {
        JsonNode normalized = normalize(DEVELOPER_TOKEN, "{\"TokenDuration\": " + number + "}");

        assertThat(normalized.get("TokenDuration").isLong()).isTrue();
        assertThat(normalized.get("TokenDuration").longValue()).isEqualTo(expected);
    }

    @Test
    void aHugeExponentIsClampedWithoutExpandingIt() throws Exception {
        ObjectMapper decimals = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode body = decimals.readTree("{\"MaxResults\": 1e999999999, \"TokenDuration\": -1e999999999}");

        assertThat(JsonShapeChecker.normalize(LIST_IDENTITIES, body)
                        .get("MaxResults")
                        .intValue())
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(JsonShapeChecker.normalize(DEVELOPER_TOKEN, body)
                        .get("TokenDuration")
                        .longValue())
                .isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void unknownMembersAreDroppedAtEveryLevel() throws Exception {
        JsonNode normalized = normalize(SET_ROLES, """
                {"IdentityPoolId": "us-east-1:1", "identityPoolId": "lower", "Extra": [1, {"x": true}],
                 "RoleMappings": {"p": {"Type": "Token", "Bogus": 5}}}
                """);

        assertThat(normalized).isEqualTo(json("""
                {"IdentityPoolId": "us-east-1:1", "RoleMappings": {"p": {"Type": "Token"}}}
                """));
    }

    @Test
    void unknownMembersAreNotTypeChecked() throws Exception {
        assertThat(normalize(LIST_IDENTITIES, "{\"Unknown\": {\"deep\": []}}")).isEqualTo(MAPPER.createObjectNode());
    }

    @Test
    void nullMembersAreDroppedAsIfAbsent() throws Exception {
        JsonNode normalized = normalize(SET_ROLES, """
                {"IdentityPoolId": null, "Roles": null,
                 "RoleMappings": {"p": {"Type": "Token", "RulesConfiguration": null}}}
                """);

        assertThat(normalized).isEqualTo(json("{\"RoleMappings\": {\"p\": {\"Type\": \"Token\"}}}"));
    }

    @Test
    void nullListElementsAndMapValuesAreKeptForValidation() throws Exception {
        assertThat(normalize(DELETE_IDENTITIES, "{\"IdentityIdsToDelete\": [\"a\", null]}"))
                .isEqualTo(json("{\"IdentityIdsToDelete\": [\"a\", null]}"));
        assertThat(normalize(SET_ROLES, "{\"Roles\": {\"authenticated\": null}, \"RoleMappings\": {\"p\": null}}"))
                .isEqualTo(json("{\"Roles\": {\"authenticated\": null}, \"RoleMappings\": {\"p\": null}}"));
    }

    @Test
    void keepsValidValuesAndNestedShapes() throws Exception {
        String body = """
                {"IdentityPoolName": "pool", "AllowUnauthenticatedIdentities": true,
                 "SupportedLoginProviders": {"graph.facebook.com": "123"},
                 "OpenIdConnectProviderARNs": ["arn:aws:iam::123456789012:oidc-provider/x"],
                 "CognitoIdentityProviders": [{"ProviderName": "p", "ClientId": "c", "ServerSideTokenCheck": false}],
                 "IdentityPoolTags": {"k": ""}}
                """;

        assertThat(normalize(CREATE_POOL, body)).isEqualTo(json(body));
    }

    @Test
    void neverMutatesTheCallersTree() throws Exception {
        JsonNode body = json("""
                {"IdentityPoolId": "us-east-1:1", "Unknown": 1, "Roles": {"authenticated": "arn"},
                 "RoleMappings": {"p": {"Type": "Rules", "Extra": null, "RulesConfiguration": {"Rules": [
                   {"Claim": "c", "MatchType": "Equals", "Value": "v", "RoleARN": "arn", "Junk": 2}]}}}}
                """);
        JsonNode before = body.deepCopy();

        JsonNode normalized = JsonShapeChecker.normalize(SET_ROLES, body);
        ((ObjectNode) normalized.get("RoleMappings").get("p")).put("Type", "Token");
        ((ObjectNode) normalized).remove("Roles");

        assertThat(body).isEqualTo(before);
        assertThat(normalized).isNotSameAs(body);
    }

    private static Shape input(String operation) {
        return MODEL.operation(operation).orElseThrow().input();
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    private static JsonNode normalize(Shape shape, String body) throws Exception {
        return JsonShapeChecker.normalize(shape, json(body));
    }

    private static String failure(Shape shape, String body) {
        SerializationFailure failure =
                catchThrowableOfType(SerializationFailure.class, () -> JsonShapeChecker.normalize(shape, json(body)));
        assertThat(failure).as("SerializationFailure for %s", body).isNotNull();
        return failure.message();
    }
}
