package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.ADMIN;
import static io.github.cognitofake.testing.TestProviders.AUTH;
import static io.github.cognitofake.testing.TestProviders.CLIENT_ID;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.TestProviders.GUEST;
import static io.github.cognitofake.testing.TestProviders.OIDC_ARN;
import static io.github.cognitofake.testing.TestProviders.SAML_ARN;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static io.github.cognitofake.testing.TestProviders.USER_POOL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesResponse;

/** SetIdentityPoolRoles and GetIdentityPoolRoles through the real SDK. */
@CognitoIdentityFakeTest
class IdentityPoolRolesTest {

    private static final TestPools.Spec POOL = TestPools.pool("roles")
            .guests()
            .facebook("123456789012345")
            .userPool(CLIENT_ID)
            .openIdConnect(OIDC_ARN)
            .saml(SAML_ARN);

    private static final String OIDC_KEY = "login.example.com";
    private static final String UNKNOWN_POOL = "us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private static final String READER = "arn:aws:iam::123456789012:role/path/Reader";
    private static final String ROLE_NAME = "my-stack-SomeRole-KBKHTR8P6UC2";
    private static final String BAD_POOL_ID = "1 validation error detected: Value 'us-east-2:mock' at 'identityPoolId' "
            + "failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+";

    private static final RoleMapping TOKEN_DENY = RoleMapping.builder()
            .type(RoleMappingType.TOKEN)
            .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
            .build();
    private static final RoleMapping TOKEN_AUTHENTICATED = RoleMapping.builder()
            .type(RoleMappingType.TOKEN)
            .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
            .build();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    // ---- Roles ---------------------------------------------------------------------------------------

    @BothClients
    void setsBothRolesAndGetsThemBack(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);

        SetIdentityPoolRolesResponse set = cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(id).roles(Map.of("authenticated", AUTH, "unauthenticated", GUEST)));

        assertThat(set.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(set.sdkFields()).isEmpty();
        GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(got.identityPoolId()).isEqualTo(id);
        assertThat(got.hasRoles()).isTrue();
        assertThat(got.roles()).isEqualTo(Map.of("authenticated", AUTH, "unauthenticated", GUEST));
        assertThat(got.hasRoleMappings()).as("no mappings were set").isFalse();
        assertThat(got.roleMappings()).isEmpty();
    }

    @BothClients
    void setsOnlyTheUnauthenticatedRole(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);

        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id).roles(Map.of("unauthenticated", GUEST)));

        GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(got.roles()).containsExactly(Map.entry("unauthenticated", GUEST));
        assertThat(got.roles().get("authenticated")).isNull();
        assertThat(got.hasRoleMappings()).isFalse();
    }

    @BothClients
    void leavesRolesAndMappingsOutForAPoolWhoseRolesWereNeverSet(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);

        GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));

        assertThat(got.identityPoolId()).isEqualTo(id);
        assertThat(got.hasRoles()).isFalse();
        assertThat(got.roles()).isEmpty();
        assertThat(got.hasRoleMappings()).isFalse();
        assertThat(got.roleMappings()).isEmpty();
    }

    @BothClients
    void emptyRolesAndRoleMappingsClearEverything(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                .roles(Map.of("authenticated", AUTH, "unauthenticated", GUEST))
                .roleMappings(Map.of(FACEBOOK, TOKEN_DENY)));

        SetIdentityPoolRolesResponse cleared = cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(id).roles(Map.of()).roleMappings(Map.of()));

        assertThat(cleared.sdkHttpResponse().statusCode()).isEqualTo(200);
        GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(got.identityPoolId()).isEqualTo(id);
        assertThat(got.hasRoles()).isFalse();
        assertThat(got.hasRoleMappings()).isFalse();
    }

    @BothClients
    void omittedRoleMappingsAreKeptWhileTheRolesAreReplaced(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                .roles(Map.of("authenticated", AUTH, "unauthenticated", GUEST))
                .roleMappings(Map.of(FACEBOOK, TOKEN_DENY)));

        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id).roles(Map.of("authenticated", ADMIN)));

        GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(got.roles()).as("Roles is a full replace").containsExactly(Map.entry("authenticated", ADMIN));
        assertThat(got.roleMappings()).containsExactly(Map.entry(FACEBOOK, TOKEN_DENY));
    }

    @BothClients
    void keptMappingsOfAProviderRemovedSinceDoNotBlockNewRoles(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        cognito.setIdentityPoolRoles(b ->
                b.identityPoolId(id).roles(Map.of("authenticated", AUTH)).roleMappings(Map.of(FACEBOOK, TOKEN_DENY)));
        cognito.updateIdentityPool(
                b -> b.identityPoolId(id).identityPoolName("p").allowUnauthenticatedIdentities(true));

        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id).roles(Map.of("authenticated", ADMIN)));

        assertThat(cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)).roles())
                .containsExactly(Map.entry("authenticated", ADMIN));
    }

    // ---- Role mappings -------------------------------------------------------------------------------

    @BothClients
    void acceptsATokenMappingForEveryKindOfProvider(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        Map<String, RoleMapping> mappings = new LinkedHashMap<>();
        mappings.put(USER_POOL_KEY, TOKEN_DENY);
        mappings.put(FACEBOOK, TOKEN_AUTHENTICATED);
        mappings.put(OIDC_KEY, TOKEN_DENY);
        mappings.put(SAML_ARN, TOKEN_AUTHENTICATED);

        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(id).roles(Map.of("authenticated", AUTH)).roleMappings(mappings));

        GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(got.hasRoleMappings()).isTrue();
        assertThat(got.roleMappings()).isEqualTo(mappings);
        RoleMapping userPool = got.roleMappings().get(USER_POOL_KEY);
        assertThat(userPool.type()).isEqualTo(RoleMappingType.TOKEN);
        assertThat(userPool.ambiguousRoleResolution()).isEqualTo(AmbiguousRoleResolutionType.DENY);
        assertThat(userPool.rulesConfiguration()).isNull();
        assertThat(got.roleMappings().get(FACEBOOK).ambiguousRoleResolution())
                .isEqualTo(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE);
        assertThat(got.roles()).containsExactly(Map.entry("authenticated", AUTH));
    }

    @BothClients
    void acceptsARulesMappingForEveryKindOfProviderAndKeepsTheRuleOrder(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = POOL.create(cognito);
        List<MappingRule> rules = List.of(
                rule("custom:group", MappingRuleMatchType.STARTS_WITH, "adm", ADMIN),
                rule("email", MappingRuleMatchType.NOT_EQUAL, "guest@example.com", READER),
                rule("cognito:groups", MappingRuleMatchType.CONTAINS, "readers", READER),
                rule("custom:tier", MappingRuleMatchType.EQUALS, "gold", AUTH));
        RoleMapping byRules = RoleMapping.builder()
                .type(RoleMappingType.RULES)
                .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
                .rulesConfiguration(
                        RulesConfigurationType.builder().rules(rules).build())
                .build();

        for (String provider : List.of(USER_POOL_KEY, FACEBOOK, OIDC_KEY, SAML_ARN)) {
            cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                    .roles(Map.of("authenticated", AUTH, "unauthenticated", GUEST))
                    .roleMappings(Map.of(provider, byRules)));

            GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
            assertThat(got.roleMappings()).as(provider).containsOnlyKeys(provider);
            RoleMapping back = got.roleMappings().get(provider);
            assertThat(back).as(provider).isEqualTo(byRules);
            assertThat(back.type()).isEqualTo(RoleMappingType.RULES);
            assertThat(back.ambiguousRoleResolution()).isEqualTo(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE);
            assertThat(back.rulesConfiguration().rules()).containsExactlyElementsOf(rules);
            assertThat(back.rulesConfiguration().rules())
                    .extracting(MappingRule::matchType)
                    .containsExactly(
                            MappingRuleMatchType.STARTS_WITH, MappingRuleMatchType.NOT_EQUAL,
                            MappingRuleMatchType.CONTAINS, MappingRuleMatchType.EQUALS);
            assertThat(back.rulesConfiguration().rules())
                    .extracting(MappingRule::roleARN)
                    .containsExactly(ADMIN, READER, READER, AUTH);
        }
    }

    @BothClients
    void acceptsTwentyFiveRulesAndRefusesTwentySix(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithRoles(cognito);
        GetIdentityPoolRolesResponse before = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));

        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                        .roles(Map.of("authenticated", AUTH))
                        .roleMappings(Map.of(USER_POOL_KEY, rulesMapping(rules(26))))),
                InvalidParameterException.class,
                "InvalidParameterException",
                "The role mapping of provider (" + USER_POOL_KEY
                        + ") has 26 rules; at most 25 rules are allowed per role mapping.");

        RoleMapping twentyFive = rulesMapping(rules(25));
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                .roles(Map.of("authenticated", AUTH))
                .roleMappings(Map.of(USER_POOL_KEY, twentyFive)));
        GetIdentityPoolRolesResponse got = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(got.roleMappings().get(USER_POOL_KEY)).isEqualTo(twentyFive);
        assertThat(got.roleMappings().get(USER_POOL_KEY).rulesConfiguration().rules())
                .hasSize(25);
    }

    // ---- Errors of the service -----------------------------------------------------------------------

    @BothClients
    void refusesAMappingForAProviderThePoolDoesNotHave(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithRoles(cognito);
        GetIdentityPoolRolesResponse before = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));

        for (String key : List.of(
                "accounts.google.com",
                USER_POOL,
                USER_POOL + ":client2",
                "https://" + USER_POOL_KEY,
                "login.other.example.com")) {
            assertRefusedAndUnchanged(
                    cognito,
                    id,
                    before,
                    () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                            .roles(Map.of("authenticated", AUTH))
                            .roleMappings(Map.of(key, TOKEN_DENY))),
                    InvalidParameterException.class,
                    "InvalidParameterException",
                    "(" + key + ") is not a valid RoleMapping ProviderName or is not a configured provider.");
        }
    }

    @BothClients
    void refusesIncompleteOrInconsistentMappings(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithRoles(cognito);
        GetIdentityPoolRolesResponse before = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        RulesConfigurationType oneRule =
                RulesConfigurationType.builder().rules(rules(1)).build();

        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        FACEBOOK,
                        RoleMapping.builder().type(RoleMappingType.TOKEN).build()),
                InvalidParameterException.class,
                "InvalidParameterException",
                "AmbiguousRoleResolution must be specified for the role mapping of provider (" + FACEBOOK
                        + ") when its Type is Token or Rules.");
        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        USER_POOL_KEY,
                        RoleMapping.builder()
                                .type(RoleMappingType.RULES)
                                .rulesConfiguration(oneRule)
                                .build()),
                InvalidParameterException.class,
                "InvalidParameterException",
                "AmbiguousRoleResolution must be specified for the role mapping of provider (" + USER_POOL_KEY
                        + ") when its Type is Token or Rules.");
        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        OIDC_KEY,
                        RoleMapping.builder()
                                .type(RoleMappingType.RULES)
                                .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                                .build()),
                InvalidParameterException.class,
                "InvalidParameterException",
                "RulesConfiguration must be specified for the role mapping of provider (" + OIDC_KEY
                        + ") when its Type is Rules.");
        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        SAML_ARN,
                        RoleMapping.builder()
                                .type(RoleMappingType.TOKEN)
                                .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                                .rulesConfiguration(oneRule)
                                .build()),
                InvalidParameterException.class,
                "InvalidParameterException",
                "RulesConfiguration must not be specified for the role mapping of provider (" + SAML_ARN
                        + ") when its Type is Token.");
    }

    @BothClients
    void refusesARoleThatIsNoIamRoleArn(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithRoles(cognito);
        GetIdentityPoolRolesResponse before = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        String forbidden = "Access to Role '" + ROLE_NAME + "' is forbidden.";

        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(id).roles(Map.of("authenticated", AUTH, "unauthenticated", ROLE_NAME))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                forbidden);
        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        USER_POOL_KEY,
                        rulesMapping(List.of(
                                rule("email", MappingRuleMatchType.EQUALS, "a@example.com", AUTH),
                                rule("email", MappingRuleMatchType.EQUALS, "b@example.com", ROLE_NAME)))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                forbidden);
        String userArn = "arn:aws:iam::123456789012:user/Auth";
        assertRefusedAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(id).roles(Map.of("authenticated", userArn))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Access to Role '" + userArn + "' is forbidden.");
    }

    @BothClients
    void answersNotFoundForAnUnknownPool(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String message = "IdentityPool '" + UNKNOWN_POOL + "' not found.";

        assertServiceError(
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(UNKNOWN_POOL).roles(Map.of("authenticated", AUTH))),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(UNKNOWN_POOL)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    // ---- ValidationException -------------------------------------------------------------------------

    @BothClients
    void validatesTheRoles(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithRoles(cognito);
        GetIdentityPoolRolesResponse before = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));

        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)),
                "1 validation error detected: Value null at 'roles' failed to satisfy constraint: "
                        + "Member must not be null");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(id).roles(Map.of("admin", ADMIN))),
                "1 validation error detected: Value '{admin=" + ADMIN + "}' at 'roles' failed to satisfy "
                        + "constraint: Map keys must satisfy constraint: [Member must have length less than or equal "
                        + "to 128, Member must have length greater than or equal to 1, Member must satisfy regular "
                        + "expression pattern: (un)?authenticated]");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(id).roles(Map.of("authenticated", "arn:aws:iam::x"))),
                "1 validation error detected: Value '{authenticated=arn:aws:iam::x}' at 'roles' failed to "
                        + "satisfy constraint: Map value must satisfy constraint: [Member must have length less than "
                        + "or equal to 2048, Member must have length greater than or equal to 20]");
        Map<String, String> three = new LinkedHashMap<>();
        three.put("authenticated", AUTH);
        three.put("unauthenticated", GUEST);
        three.put("admin", ADMIN);
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(b -> b.identityPoolId(id).roles(three)),
                "2 validation errors detected: Value '{authenticated=" + AUTH + ", unauthenticated=" + GUEST
                        + ", admin=" + ADMIN + "}' at 'roles' failed to satisfy constraint: Member must have length "
                        + "less than or equal to 2; Value '{authenticated=" + AUTH + ", unauthenticated=" + GUEST
                        + ", admin=" + ADMIN + "}' at 'roles' failed to satisfy constraint: Map keys must satisfy "
                        + "constraint: [Member must have length less than or equal to 128, Member must have length "
                        + "greater than or equal to 1, Member must satisfy regular expression pattern: "
                        + "(un)?authenticated]");
    }

    @BothClients
    void validatesTheRoleMappings(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithRoles(cognito);
        GetIdentityPoolRolesResponse before = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));

        Map<String, RoleMapping> eleven = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 11).forEach(i -> eleven.put("provider" + i + ".example.com", TOKEN_DENY));
        String elevenRendered = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> "provider" + i + ".example.com={Type=Token, AmbiguousRoleResolution=Deny}")
                .collect(Collectors.joining(", "));
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(id).roles(Map.of()).roleMappings(eleven)),
                "1 validation error detected: Value '" + ("{" + elevenRendered).substring(0, 256)
                        + "...' at 'roleMappings' failed to "
                        + "satisfy constraint: Member must have length less than or equal to 10");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(cognito, id, FACEBOOK, rulesMapping(List.of())),
                "1 validation error detected: Value '[]' at "
                        + "'roleMappings.graph.facebook.com.member.rulesConfiguration.rules' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 1");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        FACEBOOK,
                        RoleMapping.builder()
                                .type("Bad")
                                .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                                .build()),
                "1 validation error detected: Value 'Bad' at 'roleMappings.graph.facebook.com.member.type' "
                        + "failed to satisfy constraint: Member must satisfy enum value set: [Token, Rules]");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        FACEBOOK,
                        RoleMapping.builder()
                                .type(RoleMappingType.TOKEN)
                                .ambiguousRoleResolution("Bad")
                                .build()),
                "1 validation error detected: Value 'Bad' at "
                        + "'roleMappings.graph.facebook.com.member.ambiguousRoleResolution' failed to satisfy "
                        + "constraint: Member must satisfy enum value set: [AuthenticatedRole, Deny]");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        FACEBOOK,
                        rulesMapping(List.of(MappingRule.builder()
                                .claim("email")
                                .matchType("Bad")
                                .value("a")
                                .roleARN(AUTH)
                                .build()))),
                "1 validation error detected: Value 'Bad' at "
                        + "'roleMappings.graph.facebook.com.member.rulesConfiguration.rules.1.member.matchType' "
                        + "failed to satisfy constraint: Member must satisfy enum value set: "
                        + "[Equals, Contains, StartsWith, NotEqual]");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        FACEBOOK,
                        RoleMapping.builder()
                                .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                                .build()),
                "1 validation error detected: Value null at 'roleMappings.graph.facebook.com.member.type' "
                        + "failed to satisfy constraint: Member must not be null");
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> setMapping(
                        cognito,
                        id,
                        FACEBOOK,
                        rulesMapping(List.of(rule("email", MappingRuleMatchType.EQUALS, "", "arn:aws:iam::x")))),
                "2 validation errors detected: Value '' at "
                        + "'roleMappings.graph.facebook.com.member.rulesConfiguration.rules.1.member.value' failed "
                        + "to satisfy constraint: Member must have length greater than or equal to 1; Value "
                        + "'arn:aws:iam::x' at "
                        + "'roleMappings.graph.facebook.com.member.rulesConfiguration.rules.1.member.roleARN' failed "
                        + "to satisfy constraint: Member must have length greater than or equal to 20");
    }

    @BothClients
    void validatesThePoolIdAndValidatesBeforeLookingThePoolUp(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithRoles(cognito);
        GetIdentityPoolRolesResponse before = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));

        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId("us-east-2:mock").roles(Map.of("authenticated", AUTH))),
                BAD_POOL_ID);
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId("us-east-2:mock")),
                BAD_POOL_ID);
        assertValidationAndUnchanged(
                cognito,
                id,
                before,
                () -> cognito.setIdentityPoolRoles(
                        b -> b.identityPoolId(UNKNOWN_POOL).roles(Map.of("admin", ADMIN))),
                "1 validation error detected: Value '{admin=" + ADMIN + "}' at 'roles' failed to satisfy "
                        + "constraint: Map keys must satisfy constraint: [Member must have length less than or equal "
                        + "to 128, Member must have length greater than or equal to 1, Member must satisfy regular "
                        + "expression pattern: (un)?authenticated]");
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    /** A pool with both roles and two mappings, the state every refused call must leave alone. */
    private static String createPoolWithRoles(CognitoIdentityClient cognito) {
        String id = POOL.create(cognito);
        Map<String, RoleMapping> mappings = new LinkedHashMap<>();
        mappings.put(FACEBOOK, TOKEN_DENY);
        mappings.put(USER_POOL_KEY, rulesMapping(rules(2)));
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                .roles(Map.of("authenticated", AUTH, "unauthenticated", GUEST))
                .roleMappings(mappings));
        return id;
    }

    private static void setMapping(CognitoIdentityClient cognito, String id, String provider, RoleMapping mapping) {
        cognito.setIdentityPoolRoles(b ->
                b.identityPoolId(id).roles(Map.of("authenticated", ADMIN)).roleMappings(Map.of(provider, mapping)));
    }

    private static MappingRule rule(String claim, MappingRuleMatchType matchType, String value, String role) {
        return MappingRule.builder()
                .claim(claim)
                .matchType(matchType)
                .value(value)
                .roleARN(role)
                .build();
    }

    private static List<MappingRule> rules(int count) {
        List<MappingRule> rules = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rules.add(rule(
                    "custom:rule",
                    MappingRuleMatchType.EQUALS,
                    "value-" + i,
                    "arn:aws:iam::123456789012:role/Rule-" + i));
        }
        return rules;
    }

    private static RoleMapping rulesMapping(List<MappingRule> rules) {
        return RoleMapping.builder()
                .type(RoleMappingType.RULES)
                .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                .rulesConfiguration(
                        RulesConfigurationType.builder().rules(rules).build())
                .build();
    }

    private static void assertValidationAndUnchanged(
            CognitoIdentityClient cognito,
            String id,
            GetIdentityPoolRolesResponse before,
            ThrowingCallable call,
            String message) {
        assertRefusedAndUnchanged(
                cognito, id, before, call, CognitoIdentityException.class, "ValidationException", message);
    }

    /** Asserts the error, then that the pool's roles and mappings are still those of {@code before}. */
    private static void assertRefusedAndUnchanged(
            CognitoIdentityClient cognito,
            String id,
            GetIdentityPoolRolesResponse before,
            ThrowingCallable call,
            Class<? extends AwsServiceException> type,
            String errorCode,
            String message) {
        assertServiceError(call, type, 400, errorCode, message);

        GetIdentityPoolRolesResponse after = cognito.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(after.identityPoolId()).isEqualTo(id);
        assertThat(after.hasRoles()).isEqualTo(before.hasRoles());
        assertThat(after.roles()).as("roles after a refused call").isEqualTo(before.roles());
        assertThat(after.hasRoleMappings()).isEqualTo(before.hasRoleMappings());
        assertThat(after.roleMappings())
                .as("role mappings after a refused call")
                .isEqualTo(before.roleMappings());
    }
}
