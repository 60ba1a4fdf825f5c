package io.github.cognitofake.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ServiceModelTest {

    private static final ServiceModel MODEL = ServiceModel.cognitoIdentity();

    @Test
    void listsAllTwentyThreeOperationsInModelOrder() {
        assertThat(MODEL.operationNames())
                .containsExactly(
                        "CreateIdentityPool",
                        "DeleteIdentities",
                        "DeleteIdentityPool",
                        "DescribeIdentity",
                        "DescribeIdentityPool",
                        "GetCredentialsForIdentity",
                        "GetId",
                        "GetIdentityPoolRoles",
                        "GetOpenIdToken",
                        "GetOpenIdTokenForDeveloperIdentity",
                        "GetPrincipalTagAttributeMap",
                        "ListIdentities",
                        "ListIdentityPools",
                        "ListTagsForResource",
                        "LookupDeveloperIdentity",
                        "MergeDeveloperIdentities",
                        "SetIdentityPoolRoles",
                        "SetPrincipalTagAttributeMap",
                        "TagResource",
                        "UnlinkDeveloperIdentity",
                        "UnlinkIdentity",
                        "UntagResource",
                        "UpdateIdentityPool");
    }

    @Test
    void loadsTheModelOncePerJvm() {
        assertThat(ServiceModel.cognitoIdentity()).isSameAs(MODEL);
    }

    @Test
    void exposesTheTargetPrefix() {
        assertThat(MODEL.targetPrefix()).isEqualTo("AWSCognitoIdentityService");
    }

    @Test
    void onlyTheFourNoAuthOperationsAreUnsigned() {
        List<String> unsigned = MODEL.operationNames().stream()
                .filter(name -> !MODEL.operation(name).orElseThrow().requiresSignature())
                .toList();

        assertThat(unsigned).containsExactly("GetCredentialsForIdentity", "GetId", "GetOpenIdToken", "UnlinkIdentity");
    }

    @Test
    void answersEmptyForAnUnknownOperation() {
        assertThat(MODEL.operation("Bogus")).isEmpty();
        assertThat(MODEL.operation("getId")).isEmpty();
    }

    @Test
    void describesAnOperationsInputOutputAndErrors() {
        OperationModel roles = MODEL.operation("GetIdentityPoolRoles").orElseThrow();

        assertThat(roles.name()).isEqualTo("GetIdentityPoolRoles");
        assertThat(roles.input()).isSameAs(MODEL.shape("GetIdentityPoolRolesInput"));
        assertThat(roles.output()).isSameAs(MODEL.shape("GetIdentityPoolRolesResponse"));
        assertThat(roles.errorCodes())
                .containsExactly(
                        "InvalidParameterException",
                        "ResourceNotFoundException",
                        "NotAuthorizedException",
                        "ResourceConflictException",
                        "TooManyRequestsException",
                        "InternalErrorException");
    }

    @Test
    void operationsWithoutOutputHaveANullOutput() {
        assertThat(MODEL.operation("DeleteIdentityPool").orElseThrow().output()).isNull();
        assertThat(MODEL.operation("SetIdentityPoolRoles").orElseThrow().output())
                .isNull();
        assertThat(MODEL.operation("UnlinkIdentity").orElseThrow().output()).isNull();
    }

    @Test
    void everyReferenceResolvesToTheSingleSharedShape() {
        Shape poolId = MODEL.shape("IdentityPoolId");

        assertThat(MODEL.operation("GetId").orElseThrow().input().members().get("IdentityPoolId"))
                .isSameAs(poolId);
        assertThat(MODEL.shape("SetIdentityPoolRolesInput").members().get("IdentityPoolId"))
                .isSameAs(poolId);
        assertThat(MODEL.shape("RoleMappingMap").value()).isSameAs(MODEL.shape("RoleMapping"));
        assertThat(MODEL.shape("MappingRulesList").member()).isSameAs(MODEL.shape("MappingRule"));
        assertThat(MODEL.shape("RolesMap").key()).isSameAs(MODEL.shape("RoleType"));
        assertThat(MODEL.shape("RolesMap").value()).isSameAs(MODEL.shape("ARNString"));
    }

    @Test
    void keepsMembersAndRequiredInModelOrder() {
        Shape input = MODEL.shape("SetIdentityPoolRolesInput");

        assertThat(input.type()).isEqualTo(ShapeType.STRUCTURE);
        assertThat(input.members().keySet()).containsExactly("IdentityPoolId", "Roles", "RoleMappings");
        assertThat(input.required()).containsExactly("IdentityPoolId", "Roles");
        assertThat(input.isRequired("Roles")).isTrue();
        assertThat(input.isRequired("RoleMappings")).isFalse();
        assertThat(MODEL.shape("MappingRule").required()).containsExactly("Claim", "MatchType", "Value", "RoleARN");
    }

    @Test
    void membersCannotBeModified() {
        Shape input = MODEL.shape("SetIdentityPoolRolesInput");

        assertThatThrownBy(() -> input.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> input.required().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsTheShapeTypes() {
        assertThat(MODEL.shape("IdentityPoolId").type()).isEqualTo(ShapeType.STRING);
        assertThat(MODEL.shape("RolesMap").type()).isEqualTo(ShapeType.MAP);
        assertThat(MODEL.shape("IdentityIdList").type()).isEqualTo(ShapeType.LIST);
        assertThat(MODEL.shape("IdentityPoolUnauthenticated").type()).isEqualTo(ShapeType.BOOLEAN);
        assertThat(MODEL.shape("QueryLimit").type()).isEqualTo(ShapeType.INTEGER);
        assertThat(MODEL.shape("TokenDuration").type()).isEqualTo(ShapeType.LONG);
        assertThat(MODEL.shape("DateType").type()).isEqualTo(ShapeType.TIMESTAMP);
    }

    @Test
    void readsLengthAndValueBounds() {
        assertThat(MODEL.shape("IdentityPoolId").min()).hasValue(1);
        assertThat(MODEL.shape("IdentityPoolId").max()).hasValue(55);
        assertThat(MODEL.shape("TagValueType").min()).hasValue(0);
        assertThat(MODEL.shape("QueryLimit").max()).hasValue(60);
        assertThat(MODEL.shape("TokenDuration").max()).hasValue(86400);
        assertThat(MODEL.shape("LoginsMap").min()).isEqualTo(OptionalLong.empty());
        assertThat(MODEL.shape("LoginsMap").max()).hasValue(10);
        assertThat(MODEL.shape("MappingRulesList").min()).hasValue(1);
        assertThat(MODEL.shape("DateType").max()).isEmpty();
    }

    @Test
    void readsEnumsInModelOrder() {
        assertThat(MODEL.shape("RoleMappingType").enumValues()).containsExactly("Token", "Rules");
        assertThat(MODEL.shape("MappingRuleMatchType").enumValues())
                .containsExactly("Equals", "Contains", "StartsWith", "NotEqual");
        assertThat(MODEL.shape("IdentityPoolId").enumValues()).isEmpty();
    }

    @Test
    void readsTheSensitiveTrait() {
        assertThat(MODEL.shape("IdentityProviderToken").isSensitive()).isTrue();
        assertThat(MODEL.shape("OIDCToken").isSensitive()).isTrue();
        assertThat(MODEL.shape("LoginsMap").isSensitive()).isFalse();
        assertThat(MODEL.shape("IdentityPoolId").isSensitive()).isFalse();
    }

    @Test
    void keepsThePatternAsWrittenInTheModel() {
        assertThat(MODEL.shape("IdentityPoolId").pattern()).hasValue("[\\w-]+:[0-9a-f-]+");
        assertThat(MODEL.shape("IdentityPoolName").pattern()).hasValue("[\\w\\s+=,.@-]+");
        assertThat(MODEL.shape("ARNString").pattern()).isEmpty();
    }

    @Test
    void patternsMustMatchTheWholeValue() {
        Shape poolId = MODEL.shape("IdentityPoolId");
        assertThat(poolId.matchesPattern("us-east-1:0f1e2d3c-aaaa-bbbb-cccc-000000000000"))
                .isTrue();
        assertThat(poolId.matchesPattern("us-east-2:mock")).isFalse();
        assertThat(poolId.matchesPattern("us-east-1:abc def")).isFalse();
        assertThat(poolId.matchesPattern("")).isFalse();

        Shape poolName = MODEL.shape("IdentityPoolName");
        assertThat(poolName.matchesPattern("with space")).isTrue();
        assertThat(poolName.matchesPattern("pool_name")).isTrue();
        assertThat(poolName.matchesPattern("pool#name")).isFalse();
        assertThat(poolName.matchesPattern("with!excl")).isFalse();

        Shape roleType = MODEL.shape("RoleType");
        assertThat(roleType.matchesPattern("authenticated")).isTrue();
        assertThat(roleType.matchesPattern("unauthenticated")).isTrue();
        assertThat(roleType.matchesPattern("xauthenticated")).isFalse();
        assertThat(roleType.matchesPattern("admin")).isFalse();
    }

    @Test
    void compilesUnicodeCategoryPatterns() {
        Shape claim = MODEL.shape("ClaimName");

        assertThat(claim.matchesPattern("cognito:groups")).isTrue();
        assertThat(claim.matchesPattern("café✓")).isTrue();
        assertThat(claim.matchesPattern("has space")).isFalse();
    }

    @Test
    void aShapeWithoutAPatternMatchesAnything() {
        assertThat(MODEL.shape("ARNString").matchesPattern("anything at all")).isTrue();
    }

    @Test
    void rejectsAnUnknownShapeName() {
        assertThatThrownBy(() -> MODEL.shape("Bogus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bogus");
    }

    @Test
    void rejectsElementAccessOnAShapeWithoutThatElement() {
        assertThatThrownBy(() -> MODEL.shape("IdentityPoolId").key()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MODEL.shape("RolesMap").member()).isInstanceOf(IllegalStateException.class);
        assertThat(MODEL.shape("IdentityPoolId").members()).isEmpty();
    }

    @Test
    void resolvesCyclicReferencesToTheSameInstance() throws Exception {
        ServiceModel cyclic = ServiceModel.from(json("""
                {"metadata": {"targetPrefix": "Cyclic"},
                 "operations": {"Walk": {"input": {"shape": "Node"}}},
                 "shapes": {
                   "Node": {"type": "structure", "members": {"Next": {"shape": "Node"}, "Kids": {"shape": "Nodes"}}},
                   "Nodes": {"type": "list", "member": {"shape": "Node"}}
                 }}
                """));

        Shape node = cyclic.shape("Node");
        assertThat(node.members().get("Next")).isSameAs(node);
        assertThat(node.members().get("Kids").member()).isSameAs(node);
        assertThat(cyclic.operation("Walk").orElseThrow().input()).isSameAs(node);
        assertThat(cyclic.operation("Walk").orElseThrow().requiresSignature()).isTrue();
        assertThat(cyclic.targetPrefix()).isEqualTo("Cyclic");
    }

    @Test
    void rejectsAReferenceToAnUndefinedShape() throws Exception {
        JsonNode broken = json("""
                {"shapes": {"A": {"type": "structure", "members": {"B": {"shape": "Missing"}}}}}
                """);

        assertThatThrownBy(() -> ServiceModel.from(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Missing");
    }

    @Test
    void rejectsAShapeTypeItDoesNotSupport() throws Exception {
        JsonNode unsupported = json("""
                {"shapes": {"Bytes": {"type": "blob"}}}
                """);

        assertThatThrownBy(() -> ServiceModel.from(unsupported))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("blob");
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
