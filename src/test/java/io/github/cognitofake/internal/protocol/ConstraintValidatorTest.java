package io.github.cognitofake.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.model.Shape;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConstraintValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ServiceModel MODEL = ServiceModel.cognitoIdentity();

    private static final String POOL_ID = "us-east-1:0f1e2d3c-aaaa-bbbb-cccc-000000000000";
    private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/Cognito";
    private static final String POOL_ID_PATTERN = "[\\w-]+:[0-9a-f-]+";

    @Test
    void aValidInputHasNoMessage() {
        assertThat(validate("SetIdentityPoolRoles", """
                {"IdentityPoolId": "%s", "Roles": {"authenticated": "%s", "unauthenticated": "%s"},
                 "RoleMappings": {"graph.facebook.com": {"Type": "Rules", "AmbiguousRoleResolution": "Deny",
                   "RulesConfiguration": {"Rules": [
                     {"Claim": "aud", "MatchType": "Equals", "Value": "x", "RoleARN": "%s"}]}}}}
                """.formatted(POOL_ID, ROLE_ARN, ROLE_ARN, ROLE_ARN)))
                .isEmpty();
    }

    @Test
    void anEmptyPoolIdFailsLengthThenPattern() {
        assertThat(validate("DescribeIdentityPool", "{\"IdentityPoolId\": \"\"}"))
                .hasValue("2 validation errors detected: "
                        + "Value '' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1; "
                        + "Value '' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: " + POOL_ID_PATTERN);
    }

    @Test
    void aMalformedPoolIdFailsThePattern() {
        assertThat(validate("GetIdentityPoolRoles", "{\"IdentityPoolId\": \"us-east-2:mock\"}"))
                .hasValue("1 validation error detected: Value 'us-east-2:mock' at 'identityPoolId' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: " + POOL_ID_PATTERN);
    }

    @Test
    void aTooLongPoolIdFailsTheMaximumLength() {
        String longId = "us-east-1:" + "a".repeat(46);

        assertThat(validate("GetIdentityPoolRoles", "{\"IdentityPoolId\": \"" + longId + "\"}"))
                .hasValue("1 validation error detected: Value '" + longId + "' at 'identityPoolId' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 55");
    }

    @Test
    void aBadPoolNameFailsThePattern() {
        assertThat(validate(
                        "CreateIdentityPool",
                        "{\"IdentityPoolName\": \"pool#name\", \"AllowUnauthenticatedIdentities\": false}"))
                .hasValue("1 validation error detected: Value 'pool#name' at 'identityPoolName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
    }

    @Test
    void missingRequiredMembersAreNullInModelOrder() {
        assertThat(validate("CreateIdentityPool", "{}"))
                .hasValue("2 validation errors detected: "
                        + "Value null at 'identityPoolName' failed to satisfy constraint: Member must not be null; "
                        + "Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void aJsonNullMemberIsMissing() {
        assertThat(validate("GetIdentityPoolRoles", "{\"IdentityPoolId\": null}"))
                .hasValue("1 validation error detected: "
                        + "Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void absentOptionalMembersAreSkipped() {
        assertThat(validate("LookupDeveloperIdentity", "{\"IdentityPoolId\": \"" + POOL_ID + "\"}"))
                .isEmpty();
    }

    @Test
    void maxResultsAboveTheRange() {
        assertThat(validate("ListIdentityPools", "{\"MaxResults\": 61}"))
                .hasValue("1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 60");
    }

    @Test
    void maxResultsBelowTheRange() {
        assertThat(validate("ListIdentityPools", "{\"MaxResults\": 0}"))
                .hasValue("1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
    }

    @Test
    void anOverflowingMaxResultsIsReportedClamped() {
        assertThat(validate("ListIdentityPools", "{\"MaxResults\": 100000000000}"))
                .hasValue(
                        "1 validation error detected: Value '2147483647' at 'maxResults' failed to satisfy constraint: "
                                + "Member must have value less than or equal to 60");
    }

    @Test
    void aTruncatedMaxResultsIsInRange() {
        assertThat(validate("ListIdentityPools", "{\"MaxResults\": 60.9}")).isEmpty();
    }

    @Test
    void aLongOutOfRange() {
        assertThat(validate(
                        "GetOpenIdTokenForDeveloperIdentity",
                        "{\"IdentityPoolId\": \"" + POOL_ID + "\", \"Logins\": {}, \"TokenDuration\": 86401}"))
                .hasValue("1 validation error detected: Value '86401' at 'tokenDuration' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 86400");
    }

    @Test
    void itemsFollowModelOrderNotDocumentOrder() {
        assertThat(validate(
                        "GetOpenIdTokenForDeveloperIdentity",
                        "{\"TokenDuration\": 0, \"Logins\": {}, \"IdentityPoolId\": \"us-east-2:mock\"}"))
                .hasValue("2 validation errors detected: "
                        + "Value 'us-east-2:mock' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: " + POOL_ID_PATTERN + "; "
                        + "Value '0' at 'tokenDuration' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
    }

    @Test
    void aRoleKeyOutsideThePatternFailsTheMapKeys() {
        assertThat(setRoles("{\"admin\": \"" + ROLE_ARN + "\"}", "{}"))
                .hasValue("1 validation error detected: Value '{admin=" + ROLE_ARN + "}' at 'roles' failed to satisfy "
                        + "constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128, "
                        + "Member must have length greater than or equal to 1, "
                        + "Member must satisfy regular expression pattern: (un)?authenticated]");
    }

    @Test
    void aShortRoleArnFailsTheMapValues() {
        assertThat(setRoles("{\"authenticated\": \"arn:short\"}", "{}"))
                .hasValue("1 validation error detected: Value '{authenticated=arn:short}' at 'roles' failed to satisfy "
                        + "constraint: Map value must satisfy constraint: [Member must have length less than or equal to "
                        + "2048, Member must have length greater than or equal to 20]");
    }

    @Test
    void badKeysAndValuesAreTwoItemsKeysFirst() {
        assertThat(setRoles("{\"authenticated\": \"" + ROLE_ARN + "\", \"admin\": \"x\"}", "{}"))
                .hasValue("2 validation errors detected: "
                        + "Value '{authenticated=" + ROLE_ARN + ", admin=x}' at 'roles' failed to satisfy constraint: "
                        + "Map keys must satisfy constraint: [Member must have length less than or equal to 128, "
                        + "Member must have length greater than or equal to 1, "
                        + "Member must satisfy regular expression pattern: (un)?authenticated]; "
                        + "Value '{authenticated=" + ROLE_ARN + ", admin=x}' at 'roles' failed to satisfy constraint: "
                        + "Map value must satisfy constraint: [Member must have length less than or equal to 2048, "
                        + "Member must have length greater than or equal to 20]");
    }

    @Test
    void threeRolesExceedTheMapSize() {
        assertThat(setRoles(
                        "{\"authenticated\": \"" + ROLE_ARN + "\", \"unauthenticated\": \"" + ROLE_ARN
                                + "\", \"authenticated2\": \"" + ROLE_ARN + "\"}",
                        "{}"))
                .hasValue("2 validation errors detected: "
                        + "Value '{authenticated=" + ROLE_ARN + ", unauthenticated=" + ROLE_ARN + ", authenticated2="
                        + ROLE_ARN + "}' at 'roles' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 2; "
                        + "Value '{authenticated=" + ROLE_ARN + ", unauthenticated=" + ROLE_ARN + ", authenticated2="
                        + ROLE_ARN + "}' at 'roles' failed to satisfy constraint: "
                        + "Map keys must satisfy constraint: [Member must have length less than or equal to 128, "
                        + "Member must have length greater than or equal to 1, "
                        + "Member must satisfy regular expression pattern: (un)?authenticated]");
    }

    @Test
    void elevenRoleMappingsExceedTheMapSize() {
        String mappings = IntStream.range(0, 11)
                .mapToObj(i -> "\"p" + i + "\": {\"Type\": \"Token\"}")
                .collect(Collectors.joining(", ", "{", "}"));
        String rendered = IntStream.range(0, 11)
                .mapToObj(i -> "p" + i + "={Type=Token}")
                .collect(Collectors.joining(", ", "{", "}"));

        assertThat(setRoles("{}", mappings))
                .hasValue("1 validation error detected: Value '" + rendered + "' at 'roleMappings' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 10");
    }

    @Test
    void aRoleMappingTypeOutsideTheEnum() {
        assertThat(setRoles("{}", "{\"graph.facebook.com\": {\"Type\": \"Bogus\"}}"))
                .hasValue("1 validation error detected: Value 'Bogus' at 'roleMappings.graph.facebook.com.member.type' "
                        + "failed to satisfy constraint: Member must satisfy enum value set: [Token, Rules]");
    }

    @Test
    void aRoleMappingWithoutType() {
        assertThat(setRoles("{}", "{\"graph.facebook.com\": {\"AmbiguousRoleResolution\": \"Deny\"}}"))
                .hasValue("1 validation error detected: Value null at 'roleMappings.graph.facebook.com.member.type' "
                        + "failed to satisfy constraint: Member must not be null");
    }

    @Test
    void aRulesMappingWithAnEmptyRulesList() {
        assertThat(setRoles(
                        "{}",
                        "{\"graph.facebook.com\": {\"Type\": \"Rules\", \"RulesConfiguration\": {\"Rules\": []}}}"))
                .hasValue("1 validation error detected: Value '[]' at "
                        + "'roleMappings.graph.facebook.com.member.rulesConfiguration.rules' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void aRuleWithABadMatchType() {
        String mappings = """
                {"cognito-idp.us-east-1.amazonaws.com/us-east-1_X:client": {"Type": "Rules",
                  "RulesConfiguration": {"Rules": [
                    {"Claim": "aud", "MatchType": "Equals", "Value": "x", "RoleARN": "%s"},
                    {"Claim": "aud", "MatchType": "Bad", "Value": "x", "RoleARN": "%s"}]}}}
                """.formatted(ROLE_ARN, ROLE_ARN);

        assertThat(setRoles("{}", mappings))
                .hasValue(
                        "1 validation error detected: Value 'Bad' at 'roleMappings.cognito-idp.us-east-1.amazonaws.com/"
                                + "us-east-1_X:client.member.rulesConfiguration.rules.2.member.matchType' failed to satisfy "
                                + "constraint: Member must satisfy enum value set: [Equals, Contains, StartsWith, NotEqual]");
    }

    @Test
    void aRuleMissingEveryMember() {
        String prefix = "roleMappings.p.member.rulesConfiguration.rules.1.member.";

        assertThat(setRoles("{}", "{\"p\": {\"Type\": \"Rules\", \"RulesConfiguration\": {\"Rules\": [{}]}}}"))
                .hasValue("4 validation errors detected: "
                        + "Value null at '" + prefix + "claim' failed to satisfy constraint: Member must not be null; "
                        + "Value null at '" + prefix + "matchType' failed to satisfy constraint: "
                        + "Member must not be null; "
                        + "Value null at '" + prefix + "value' failed to satisfy constraint: Member must not be null; "
                        + "Value null at '" + prefix + "roleARN' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void anEmptyLoginsTokenIsReportedOnTheWholeMap() {
        assertThat(validate("GetId", """
                {"IdentityPoolId": "%s", "Logins": {"cognito-idp.us-east-1.amazonaws.com/us-east-1_X": ""}}
                """.formatted(POOL_ID)))
                .hasValue("1 validation error detected: Value '{cognito-idp.us-east-1.amazonaws.com/us-east-1_X=}' at "
                        + "'logins' failed to satisfy constraint: Map value must satisfy constraint: "
                        + "[Member must have length less than or equal to 50000, "
                        + "Member must have length greater than or equal to 1]");
    }

    @Test
    void aSensitiveMemberIsReportedWithoutItsValue() throws Exception {
        ServiceModel model = ServiceModel.from(MAPPER.readTree("""
                {"shapes": {
                  "Input": {"type": "structure", "members": {"Secret": {"shape": "Secret"}}},
                  "Secret": {"type": "string", "max": 3, "sensitive": true}
                }}
                """));
        Shape input = model.shape("Input");

        assertThat(ConstraintValidator.validate(input, MAPPER.readTree("{\"Secret\": \"hunter2\"}")))
                .hasValue("1 validation error detected: Value at 'secret' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 3");
    }

    @Test
    void aListOfStringsIsReportedOnceWithAllMemberConstraints() {
        assertThat(validate("DeleteIdentities", "{\"IdentityIdsToDelete\": [\"" + POOL_ID + "\", \"bad\", \"\"]}"))
                .hasValue("1 validation error detected: Value '[" + POOL_ID + ", bad, ]' at 'identityIdsToDelete' "
                        + "failed to satisfy constraint: Member must satisfy constraint: "
                        + "[Member must have length less than or equal to 55, "
                        + "Member must have length greater than or equal to 1, "
                        + "Member must satisfy regular expression pattern: " + POOL_ID_PATTERN + "]");
    }

    @Test
    void anEmptyListFailsItsMinimumSize() {
        assertThat(validate("DeleteIdentities", "{\"IdentityIdsToDelete\": []}"))
                .hasValue(
                        "1 validation error detected: Value '[]' at 'identityIdsToDelete' failed to satisfy constraint: "
                                + "Member must have length greater than or equal to 1");
    }

    @Test
    void aNullListElementIsReportedOnTheList() {
        assertThat(validate("DeleteIdentities", "{\"IdentityIdsToDelete\": [null]}"))
                .hasValue("1 validation error detected: Value '[null]' at 'identityIdsToDelete' failed to satisfy "
                        + "constraint: Member must satisfy constraint: [Member must not be null]");
    }

    @Test
    void aNullMapValueIsReportedOnTheMap() {
        assertThat(validate("GetId", "{\"IdentityPoolId\": \"" + POOL_ID + "\", \"Logins\": {\"a\": null}}"))
                .hasValue("1 validation error detected: Value '{a=null}' at 'logins' failed to satisfy constraint: "
                        + "Map value must satisfy constraint: [Member must not be null]");
    }

    @Test
    void aStructureInAListIsValidatedByIndex() {
        assertThat(validate("CreateIdentityPool", """
                {"IdentityPoolName": "pool", "AllowUnauthenticatedIdentities": true,
                 "CognitoIdentityProviders": [{"ProviderName": "ok", "ClientId": "ok"},
                                              {"ProviderName": "ok", "ClientId": "bad id"}]}
                """))
                .hasValue("1 validation error detected: Value 'bad id' at 'cognitoIdentityProviders.2.member.clientId' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w_]+");
    }

    @Test
    void anEmptyTagValueIsAllowed() {
        assertThat(validate("TagResource", "{\"ResourceArn\": \"" + ROLE_ARN + "\", \"Tags\": {\"team\": \"\"}}"))
                .isEmpty();
    }

    @Test
    void atMostTenOfTwelveFailuresAreReported() {
        String body = """
                {"IdentityPoolId": "", "IdentityPoolName": "",
                 "SupportedLoginProviders": {"": "!"}, "DeveloperProviderName": "",
                 "OpenIdConnectProviderARNs": ["short"],
                 "CognitoIdentityProviders": [{"ProviderName": "!"}],
                 "SamlProviderARNs": ["x"]}
                """;

        assertThat(validate("UpdateIdentityPool", body))
                .hasValue("10 validation errors detected: "
                        + "Value '' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1; "
                        + "Value '' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: " + POOL_ID_PATTERN + "; "
                        + "Value '' at 'identityPoolName' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1; "
                        + "Value '' at 'identityPoolName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+; "
                        + "Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: "
                        + "Member must not be null; "
                        + "Value '{=!}' at 'supportedLoginProviders' failed to satisfy constraint: "
                        + "Map keys must satisfy constraint: [Member must have length less than or equal to 128, "
                        + "Member must have length greater than or equal to 1]; "
                        + "Value '{=!}' at 'supportedLoginProviders' failed to satisfy constraint: "
                        + "Map value must satisfy constraint: [Member must have length less than or equal to 128, "
                        + "Member must have length greater than or equal to 1, "
                        + "Member must satisfy regular expression pattern: [\\w.;_/-]+]; "
                        + "Value '' at 'developerProviderName' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1; "
                        + "Value '' at 'developerProviderName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w._-]+; "
                        + "Value '[short]' at 'openIdConnectProviderARNs' failed to satisfy constraint: "
                        + "Member must satisfy constraint: [Member must have length less than or equal to 2048, "
                        + "Member must have length greater than or equal to 20]");
    }

    private static Optional<String> setRoles(String roles, String roleMappings) {
        return validate(
                "SetIdentityPoolRoles",
                "{\"IdentityPoolId\": \"" + POOL_ID + "\", \"Roles\": " + roles + ", \"RoleMappings\": " + roleMappings
                        + "}");
    }

    /** Runs the body through the same two steps the wire layer does: type conversion, then validation. */
    private static Optional<String> validate(String operation, String body) {
        Shape input = MODEL.operation(operation).orElseThrow().input();
        try {
            JsonNode normalized = JsonShapeChecker.normalize(input, MAPPER.readTree(body));
            return ConstraintValidator.validate(input, normalized);
        } catch (Exception e) {
            throw new AssertionError("body did not pass type conversion: " + body, e);
        }
    }
}
