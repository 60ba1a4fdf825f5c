package io.github.cognitofake.seed;

import static io.github.cognitofake.testing.TestProviders.ADMIN;
import static io.github.cognitofake.testing.TestProviders.AUTH;
import static io.github.cognitofake.testing.TestProviders.GUEST;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.AUTHENTICATED_ROLE;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.CONTAINS;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.EQUALS;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.NOT_EQUAL;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.STARTS_WITH;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.operation.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;

/** fake.seed(...): every member of a pool, the service's validation, fixed ids and all-or-nothing seeding. */
@CognitoIdentityFakeTest
class SeedTest {

    private static final String OIDC = "arn:aws:iam::123456789012:oidc-provider/login.example.com";
    private static final String SAML = "arn:aws:iam::123456789012:saml-provider/Corp";
    private static final String FIXED_ID = "us-east-1:11111111-2222-4333-8444-555555555555";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @InjectCognitoIdentity
    CognitoIdentityClient client;

    @Test
    void seedsEveryMemberOfAPoolAsTheApiWouldCreateIt() {
        String id = fake.seed(s -> s.identityPool(
                        "app",
                        p -> p.allowUnauthenticatedIdentities(true)
                                .allowClassicFlow(true)
                                .loginProvider("graph.facebook.com", "123456789012345")
                                .cognitoProvider(USER_POOL, "client1", true)
                                .openIdConnectProvider(OIDC)
                                .samlProvider(SAML)
                                .developerProviderName("login.example")
                                .tag("team", "auth")))
                .poolId("app");

        DescribeIdentityPoolResponse pool = client.describeIdentityPool(b -> b.identityPoolId(id));
        assertThat(id).startsWith("us-east-1:");
        assertThat(pool.identityPoolName()).isEqualTo("app");
        assertThat(pool.allowUnauthenticatedIdentities()).isTrue();
        assertThat(pool.allowClassicFlow()).isTrue();
        assertThat(pool.supportedLoginProviders()).containsExactly(Map.entry("graph.facebook.com", "123456789012345"));
        assertThat(pool.cognitoIdentityProviders())
                .containsExactly(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("client1")
                        .serverSideTokenCheck(true)
                        .build());
        assertThat(pool.openIdConnectProviderARNs()).containsExactly(OIDC);
        assertThat(pool.samlProviderARNs()).containsExactly(SAML);
        assertThat(pool.developerProviderName()).isEqualTo("login.example");
        assertThat(pool.identityPoolTags()).containsExactly(Map.entry("team", "auth"));
    }

    @Test
    void seedsRolesAndMappingsOfEveryKindWithRulesInOrder() {
        String id = fake.seed(s -> s.identityPool(
                        "app",
                        p -> p.authenticatedRole(AUTH)
                                .unauthenticatedRole(GUEST)
                                .loginProvider("graph.facebook.com", "123")
                                .tokenMapping("graph.facebook.com", AUTHENTICATED_ROLE)
                                .rulesMapping(
                                        USER_POOL + ":client1",
                                        DENY,
                                        r -> r.when("isAdmin", EQUALS, "yes")
                                                .assume(ADMIN)
                                                .when("email", CONTAINS, "@example.com")
                                                .assume(AUTH)
                                                .when("group", STARTS_WITH, "guest")
                                                .assume(GUEST)
                                                .when("tier", NOT_EQUAL, "free")
                                                .assume(AUTH))))
                .poolId("app");

        GetIdentityPoolRolesResponse roles = client.getIdentityPoolRoles(b -> b.identityPoolId(id));
        assertThat(roles.roles())
                .containsExactly(Map.entry("authenticated", AUTH), Map.entry("unauthenticated", GUEST));
        assertThat(roles.roleMappings())
                .containsEntry(
                        "graph.facebook.com",
                        RoleMapping.builder()
                                .type(RoleMappingType.TOKEN)
                                .ambiguousRoleResolution(AUTHENTICATED_ROLE)
                                .build());
        assertThat(roles.roleMappings().get(USER_POOL + ":client1"))
                .isEqualTo(RoleMapping.builder()
                        .type(RoleMappingType.RULES)
                        .ambiguousRoleResolution(DENY)
                        .rulesConfiguration(RulesConfigurationType.builder()
                                .rules(
                                        MappingRule.builder()
                                                .claim("isAdmin")
                                                .matchType(EQUALS)
                                                .value("yes")
                                                .roleARN(ADMIN)
                                                .build(),
                                        MappingRule.builder()
                                                .claim("email")
                                                .matchType(CONTAINS)
                                                .value("@example.com")
                                                .roleARN(AUTH)
                                                .build(),
                                        MappingRule.builder()
                                                .claim("group")
                                                .matchType(STARTS_WITH)
                                                .value("guest")
                                                .roleARN(GUEST)
                                                .build(),
                                        MappingRule.builder()
                                                .claim("tier")
                                                .matchType(NOT_EQUAL)
                                                .value("free")
                                                .roleARN(AUTH)
                                                .build())
                                .build())
                        .build());
    }

    @Test
    void aMappingForAUserPoolClientAddsThatClientToThePool() {
        String id = fake.seed(s -> s.identityPool(
                        "app",
                        p -> p.rulesMapping(
                                USER_POOL + ":client1",
                                DENY,
                                r -> r.when("isAdmin", EQUALS, "yes").assume(ADMIN))))
                .poolId("app");

        assertThat(client.describeIdentityPool(b -> b.identityPoolId(id)).cognitoIdentityProviders())
                .containsExactly(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("client1")
                        .serverSideTokenCheck(false)
                        .build());
    }

    @Test
    void aRefusedSeedFailsWithTheServiceMessageAndNamesThePool() {
        SeedException error = catchThrowableOfType(
                SeedException.class,
                () -> fake.seed(s -> s.identityPool("app", p -> p.tokenMapping("graph.facebook.com", DENY))));

        assertThat(error)
                .hasMessage("identity pool 'app': InvalidParameterException: (graph.facebook.com) is not a"
                        + " valid RoleMapping ProviderName or is not a configured provider.");
        assertThat(error.errorCode()).contains("InvalidParameterException");
    }

    @Test
    void modelConstraintsAreCheckedAsForTheApi() {
        assertThatThrownBy(() -> fake.seed(s -> s.identityPool("bad/name", p -> {})))
                .isInstanceOf(SeedException.class)
                .hasMessage("identity pool 'bad/name': ValidationException: 1 validation error detected: Value"
                        + " 'bad/name' at 'identityPoolName' failed to satisfy constraint: Member must satisfy"
                        + " regular expression pattern: [\\w\\s+=,.@-]+");
    }

    @Test
    void aFailedSeedLeavesNothingBehind() {
        assertThatThrownBy(() -> fake.seed(s -> s.identityPool("first", p -> p.authenticatedRole(AUTH))
                        .identityPool("second", p -> p.authenticatedRole("NotAnArnButLongEnough"))))
                .isInstanceOf(SeedException.class)
                .hasMessage(
                        "identity pool 'second': NotAuthorizedException: Access to Role 'NotAnArnButLongEnough' is forbidden.");

        assertThat(client.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    @Test
    void aFixedIdIsKeptCheckedAndNotTakenTwice() {
        assertThat(fake.seed(s -> s.identityPool("app", p -> p.id(FIXED_ID))).poolId("app"))
                .isEqualTo(FIXED_ID);
        assertThat(client.describeIdentityPool(b -> b.identityPoolId(FIXED_ID)).identityPoolName())
                .isEqualTo("app");

        assertThatThrownBy(() -> fake.seed(s -> s.identityPool("again", p -> p.id(FIXED_ID))))
                .hasMessage("identity pool 'again': An identity pool with id '" + FIXED_ID + "' exists already.");
        assertThatThrownBy(() -> fake.seed(s -> s.identityPool("malformed", p -> p.id("us-east-1:XYZ"))))
                .hasMessage("identity pool 'malformed': ValidationException: 1 validation error detected: Value"
                        + " 'us-east-1:XYZ' at 'identityPoolId' failed to satisfy constraint: Member must satisfy"
                        + " regular expression pattern: [\\w-]+:[0-9a-f-]+");
        assertThatThrownBy(() -> fake.seed(
                        s -> s.identityPool("elsewhere", p -> p.id("eu-west-1:11111111-2222-4333-8444-555555555555"))))
                .hasMessageContaining("is not in this fake's region us-east-1");
    }

    @Test
    void answersIdsByNameInCreationOrderAndRejectsUnknownNames() {
        Seeded seeded = fake.seed(s -> s.identityPool("a", p -> {}).identityPool("b", p -> {}));

        assertThat(seeded.poolIds()).containsExactly(seeded.poolId("a"), seeded.poolId("b"));
        assertThatThrownBy(() -> seeded.poolId("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No pool named 'c' was seeded here; the seeded pools are [a, b].");
        assertThatThrownBy(() -> fake.seed(s -> s.identityPool("a", p -> {}).identityPool("a", p -> {})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("This seed already has an identity pool named 'a'");
    }

    @Test
    void deterministicIdsRepeatAfterAReset() {
        CognitoIdentityFake seeded = CognitoIdentityFake.builder().idSeed(7).build();
        try (seeded) {
            String first = seeded.seed(s -> s.identityPool("app", p -> {})).poolId("app");
            seeded.reset();
            assertThat(seeded.seed(s -> s.identityPool("app", p -> {})).poolId("app"))
                    .isEqualTo(first);
        }
    }

    @Test
    void seedingIsNeverHitByInjectedFaults() {
        fake.faults().on(Operation.CREATE_IDENTITY_POOL).throttle().times(100);

        assertThat(fake.seed(s -> s.identityPool("app", p -> {})).poolIds()).hasSize(1);
    }
}
