package io.github.cognitofake.internal.service.credentials;

import static io.github.cognitofake.testing.ServiceErrors.assertInternalError;
import static io.github.cognitofake.testing.TestProviders.ADMIN;
import static io.github.cognitofake.testing.TestProviders.AUTH;
import static io.github.cognitofake.testing.TestProviders.GOOGLE;
import static io.github.cognitofake.testing.TestProviders.GUEST;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static io.github.cognitofake.testing.TestProviders.USER_POOL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import io.github.cognitofake.internal.state.MappingRule;
import io.github.cognitofake.internal.state.PoolRoles;
import io.github.cognitofake.internal.state.RoleMapping;
import io.github.cognitofake.internal.state.RulesConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of role resolution, with the error each refusal gives. */
class RoleResolverTest {

    private static final String EDITOR = "arn:aws:iam::123456789012:role/Editor";
    private static final String READER = "arn:aws:iam::123456789012:role/Reader";

    private static final Map<String, String> BOTH_ROLES = Map.of("authenticated", AUTH, "unauthenticated", GUEST);

    private static PoolRoles pool(Map<String, String> roles, Map<String, RoleMapping> mappings) {
        return new PoolRoles(roles, mappings);
    }

    private static VerifiedLogin userPoolLogin(Map<String, Object> claims) {
        Map<String, Object> all = new LinkedHashMap<>(claims);
        all.putIfAbsent("aud", "client1");
        return new VerifiedLogin(USER_POOL, "user-1", all, USER_POOL_KEY);
    }

    /** A login of a provider whose role mapping key is its name (any provider but a user pool). */
    private static VerifiedLogin login(String provider, Map<String, Object> claims) {
        return new VerifiedLogin(provider, "user-1", claims, provider);
    }

    private static RoleMapping token(String ambiguous) {
        return new RoleMapping(RoleMapping.TOKEN, ambiguous, null);
    }

    private static RoleMapping rules(String ambiguous, MappingRule... rules) {
        return new RoleMapping(RoleMapping.RULES, ambiguous, new RulesConfiguration(List.of(rules)));
    }

    private static MappingRule rule(String claim, String matchType, String value, String role) {
        return new MappingRule(claim, matchType, value, role);
    }

    /** The call that refuses; the assertions below run it. */
    private static ThrowingCallable refusal(PoolRoles pool, List<VerifiedLogin> logins, String customRoleArn) {
        return () -> RoleResolver.resolve(pool, logins, customRoleArn);
    }

    private static void assertInvalidConfiguration(ThrowingCallable refusal) {
        assertInternalError(
                refusal,
                400,
                "InvalidIdentityPoolConfigurationException",
                "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
    }

    private static void assertDenied(ThrowingCallable refusal, String roleMappingKey) {
        assertInternalError(
                refusal,
                400,
                "NotAuthorizedException",
                "The ambiguous role mapping rules for: " + roleMappingKey + " denied this request.");
    }

    private static void assertCustomRoleRefused(ThrowingCallable refusal, String customRoleArn, String roleMappingKey) {
        assertInternalError(
                refusal,
                400,
                "NotAuthorizedException",
                "The CustomRoleArn " + customRoleArn + " is not allowed by the role mapping rules for: "
                        + roleMappingKey + ".");
    }

    @Nested
    class Guests {

        @Test
        void getTheUnauthenticatedRole() {
            RoleChoice choice = RoleResolver.resolve(pool(BOTH_ROLES, Map.of()), List.of(), null);

            assertThat(choice.roleArn()).isEqualTo(GUEST);
            assertThat(choice.guest()).isTrue();
            assertThat(choice.provider()).isEmpty();
        }

        @Test
        void withoutAnUnauthenticatedRoleTheConfigurationIsInvalid() {
            assertInvalidConfiguration(refusal(pool(Map.of("authenticated", AUTH), Map.of()), List.of(), null));
            assertInvalidConfiguration(refusal(PoolRoles.NONE, List.of(), null));
        }

        @Test
        void ignoreCustomRoleArn() {
            assertThat(RoleResolver.resolve(pool(BOTH_ROLES, Map.of()), List.of(), ADMIN)
                            .roleArn())
                    .isEqualTo(GUEST);
        }
    }

    @Nested
    class LoginsWithoutAMapping {

        @Test
        void getTheAuthenticatedRole() {
            VerifiedLogin google = login(GOOGLE, Map.of("sub", "1"));

            RoleChoice choice = RoleResolver.resolve(pool(BOTH_ROLES, Map.of()), List.of(google), null);

            assertThat(choice.roleArn()).isEqualTo(AUTH);
            assertThat(choice.login()).isEqualTo(google);
            assertThat(choice.provider()).contains(GOOGLE);
        }

        @Test
        void withoutAnAuthenticatedRoleTheConfigurationIsInvalid() {
            assertInvalidConfiguration(
                    refusal(pool(Map.of("unauthenticated", GUEST), Map.of()), List.of(login(GOOGLE, Map.of())), null));
        }

        @Test
        void ignoreCustomRoleArn() {
            assertThat(RoleResolver.resolve(pool(BOTH_ROLES, Map.of()), List.of(login(GOOGLE, Map.of())), ADMIN)
                            .roleArn())
                    .isEqualTo(AUTH);
        }

        @Test
        void aUserPoolMappingForAnotherAppClientDoesNotApply() {
            PoolRoles pool = pool(BOTH_ROLES, Map.of(USER_POOL + ":otherClient", token("Deny")));

            assertThat(RoleResolver.resolve(pool, List.of(userPoolLogin(Map.of())), null)
                            .roleArn())
                    .isEqualTo(AUTH);
        }
    }

    @Nested
    class TokenMappings {

        private final PoolRoles denying = pool(BOTH_ROLES, Map.of(USER_POOL_KEY, token("Deny")));
        private final PoolRoles lenient = pool(BOTH_ROLES, Map.of(USER_POOL_KEY, token("AuthenticatedRole")));

        @Test
        void usePreferredRole() {
            VerifiedLogin login =
                    userPoolLogin(Map.of("cognito:roles", List.of(ADMIN, READER), "cognito:preferred_role", ADMIN));

            RoleChoice choice = RoleResolver.resolve(denying, List.of(login), null);

            assertThat(choice.roleArn()).isEqualTo(ADMIN);
            assertThat(choice.provider()).contains(USER_POOL);
        }

        @Test
        void useCustomRoleArnWhenItIsAmongTheRoles() {
            VerifiedLogin login =
                    userPoolLogin(Map.of("cognito:roles", List.of(ADMIN, READER), "cognito:preferred_role", ADMIN));

            assertThat(RoleResolver.resolve(denying, List.of(login), READER).roleArn())
                    .isEqualTo(READER);
        }

        @Test
        void readRolesGivenAsACommaSeparatedString() {
            VerifiedLogin login = userPoolLogin(Map.of("cognito:roles", ADMIN + ", " + READER));

            assertThat(RoleResolver.resolve(denying, List.of(login), READER).roleArn())
                    .isEqualTo(READER);
            assertDenied(refusal(denying, List.of(login), null), USER_POOL_KEY);
        }

        @Test
        void refuseCustomRoleArnThatIsNotAmongTheRoles() {
            VerifiedLogin login =
                    userPoolLogin(Map.of("cognito:roles", List.of(ADMIN), "cognito:preferred_role", ADMIN));

            assertCustomRoleRefused(refusal(lenient, List.of(login), EDITOR), EDITOR, USER_POOL_KEY);
            // The preferred role does not make a CustomRoleArn allowed, nor does the authenticated role.
            assertCustomRoleRefused(
                    refusal(lenient, List.of(userPoolLogin(Map.of("cognito:preferred_role", ADMIN))), ADMIN),
                    ADMIN,
                    USER_POOL_KEY);
            assertCustomRoleRefused(refusal(lenient, List.of(userPoolLogin(Map.of())), AUTH), AUTH, USER_POOL_KEY);
        }

        @Test
        void severalRolesWithoutAPreferredOneAreAmbiguous() {
            VerifiedLogin login = userPoolLogin(Map.of("cognito:roles", List.of(ADMIN, READER)));

            assertDenied(refusal(denying, List.of(login), null), USER_POOL_KEY);
            assertThat(RoleResolver.resolve(lenient, List.of(login), null).roleArn())
                    .isEqualTo(AUTH);
        }

        @Test
        void aSingleRoleWithoutAPreferredOneIsUsed() {
            VerifiedLogin login = userPoolLogin(Map.of("cognito:roles", List.of(EDITOR)));

            assertThat(RoleResolver.resolve(denying, List.of(login), null).roleArn())
                    .isEqualTo(EDITOR);
        }

        @Test
        void aTokenWithoutRolesIsAmbiguous() {
            VerifiedLogin login = userPoolLogin(Map.of("cognito:groups", List.of("users")));

            assertDenied(refusal(denying, List.of(login), null), USER_POOL_KEY);
            assertThat(RoleResolver.resolve(lenient, List.of(login), null).roleArn())
                    .isEqualTo(AUTH);
            assertThat(RoleResolver.resolve(lenient, List.of(userPoolLogin(Map.of("cognito:preferred_role", ""))), null)
                            .roleArn())
                    .as("a blank preferred role is no preferred role")
                    .isEqualTo(AUTH);
        }

        @Test
        void ambiguousWithAuthenticatedRoleButNoneSetIsAnInvalidConfiguration() {
            PoolRoles pool = pool(Map.of("unauthenticated", GUEST), Map.of(USER_POOL_KEY, token("AuthenticatedRole")));

            assertInvalidConfiguration(refusal(pool, List.of(userPoolLogin(Map.of())), null));
        }

        @Test
        void aPreferredRoleNeedsNoPoolRoles() {
            PoolRoles pool = pool(Map.of(), Map.of(USER_POOL_KEY, token("Deny")));

            assertThat(RoleResolver.resolve(pool, List.of(userPoolLogin(Map.of("cognito:preferred_role", ADMIN))), null)
                            .roleArn())
                    .isEqualTo(ADMIN);
        }
    }

    @Nested
    class RulesMappings {

        private PoolRoles pool(String ambiguous, MappingRule... rules) {
            return RoleResolverTest.pool(BOTH_ROLES, Map.of(GOOGLE, RoleResolverTest.rules(ambiguous, rules)));
        }

        private VerifiedLogin google(Map<String, Object> claims) {
            return login(GOOGLE, claims);
        }

        @Test
        void theFirstMatchingRuleWins() {
            PoolRoles pool = pool(
                    "Deny",
                    rule("hd", "Equals", "other.com", READER),
                    rule("hd", "Equals", "example.com", EDITOR),
                    rule("email", "Contains", "@example.com", ADMIN));

            RoleChoice choice = RoleResolver.resolve(
                    pool, List.of(google(Map.of("hd", "example.com", "email", "a@example.com"))), null);

            assertThat(choice.roleArn()).isEqualTo(EDITOR);
            assertThat(choice.provider()).contains(GOOGLE);
        }

        @ParameterizedTest(name = "{1} {2} against \"{0}\" -> {3}")
        @CsvSource({
            "sales,      Equals,     sales, true",
            "Sales,      Equals,     sales, false",
            "salesforce, Equals,     sales, false",
            "presales,   Contains,   sales, true",
            "presales,   StartsWith, sales, false",
            "salesforce, StartsWith, sales, true",
            "marketing,  NotEqual,   sales, true",
            "sales,      NotEqual,   sales, false",
            "sales,      Unknown,    sales, false",
        })
        void matchTypesCompareStrings(String claim, String matchType, String value, boolean matches) {
            assertThat(RoleResolver.matches(rule("dept", matchType, value, ADMIN), claim))
                    .isEqualTo(matches);
        }

        @Test
        void anAbsentClaimMatchesNoRuleNotEvenNotEqual() {
            PoolRoles pool = pool(
                    "AuthenticatedRole",
                    rule("custom:tier", "NotEqual", "gold", READER),
                    rule("sub", "StartsWith", "1", EDITOR));

            assertThat(RoleResolver.resolve(pool, List.of(google(Map.of("sub", "123"))), null)
                            .roleArn())
                    .isEqualTo(EDITOR);
            assertThat(RoleResolver.resolve(pool, List.of(google(Map.of("sub", "9"))), null)
                            .roleArn())
                    .isEqualTo(AUTH);
        }

        @Test
        void listClaimsMatchWhenAnyElementMatches() {
            List<String> groups = List.of("readers", "admins");

            assertThat(RoleResolver.matches(rule("cognito:groups", "Contains", "admins", ADMIN), groups))
                    .isTrue();
            assertThat(RoleResolver.matches(rule("cognito:groups", "Contains", "min", ADMIN), groups))
                    .isTrue();
            assertThat(RoleResolver.matches(rule("cognito:groups", "Equals", "admins", ADMIN), groups))
                    .isTrue();
            assertThat(RoleResolver.matches(rule("cognito:groups", "StartsWith", "read", ADMIN), groups))
                    .isTrue();
            assertThat(RoleResolver.matches(rule("cognito:groups", "Equals", "editors", ADMIN), groups))
                    .isFalse();
            assertThat(RoleResolver.matches(rule("cognito:groups", "NotEqual", "admins", ADMIN), groups))
                    .isFalse();
            assertThat(RoleResolver.matches(rule("cognito:groups", "NotEqual", "editors", ADMIN), groups))
                    .isTrue();
            assertThat(RoleResolver.matches(rule("cognito:groups", "Contains", "admins", ADMIN), List.of()))
                    .isFalse();
        }

        @Test
        void numbersAndBooleansCompareAsTheirJsonText() {
            assertThat(RoleResolver.matches(rule("email_verified", "Equals", "true", ADMIN), true))
                    .isTrue();
            assertThat(RoleResolver.matches(rule("level", "Equals", "42", ADMIN), 42))
                    .isTrue();
            assertThat(RoleResolver.matches(rule("level", "StartsWith", "4", ADMIN), 42L))
                    .isTrue();
            assertThat(RoleResolver.matches(
                            rule("address", "Contains", "\"city\":\"Oslo\"", ADMIN), Map.of("city", "Oslo")))
                    .isTrue();
        }

        @Test
        void noMatchIsAmbiguous() {
            VerifiedLogin login = google(Map.of("hd", "elsewhere.org"));

            assertDenied(
                    refusal(pool("Deny", rule("hd", "Equals", "example.com", ADMIN)), List.of(login), null), GOOGLE);
            assertThat(RoleResolver.resolve(
                                    pool("AuthenticatedRole", rule("hd", "Equals", "example.com", ADMIN)),
                                    List.of(login),
                                    null)
                            .roleArn())
                    .isEqualTo(AUTH);
        }

        @Test
        void customRoleArnPicksAnyMatchingRule() {
            PoolRoles pool = pool(
                    "Deny",
                    rule("hd", "Equals", "example.com", EDITOR),
                    rule("email", "Contains", "@example.com", ADMIN),
                    rule("email", "StartsWith", "nobody", READER));
            VerifiedLogin login = google(Map.of("hd", "example.com", "email", "a@example.com"));

            assertThat(RoleResolver.resolve(pool, List.of(login), ADMIN).roleArn())
                    .isEqualTo(ADMIN);
            assertCustomRoleRefused(refusal(pool, List.of(login), READER), READER, GOOGLE);
            assertCustomRoleRefused(refusal(pool, List.of(login), AUTH), AUTH, GOOGLE);
        }

        @Test
        void userPoolRulesAreKeyedByProviderAndClientId() {
            PoolRoles pool = RoleResolverTest.pool(
                    BOTH_ROLES, Map.of(USER_POOL_KEY, rules("Deny", rule("custom:tier", "Equals", "gold", ADMIN))));

            assertThat(RoleResolver.resolve(pool, List.of(userPoolLogin(Map.of("custom:tier", "gold"))), null)
                            .roleArn())
                    .isEqualTo(ADMIN);
            assertDenied(refusal(pool, List.of(userPoolLogin(Map.of("custom:tier", "silver"))), null), USER_POOL_KEY);
        }
    }

    @Nested
    class SeveralLogins {

        @Test
        void theFirstLoginWithAMappingDecides() {
            PoolRoles pool = pool(
                    BOTH_ROLES,
                    Map.of(
                            GOOGLE, rules("Deny", rule("hd", "Equals", "example.com", EDITOR)),
                            USER_POOL_KEY, token("Deny")));
            VerifiedLogin unmapped = login("login.example.com", Map.of());
            VerifiedLogin google = login(GOOGLE, Map.of("hd", "example.com"));
            VerifiedLogin userPool = userPoolLogin(Map.of("cognito:preferred_role", ADMIN));

            RoleChoice googleFirst = RoleResolver.resolve(pool, List.of(unmapped, google, userPool), null);
            RoleChoice userPoolFirst = RoleResolver.resolve(pool, List.of(unmapped, userPool, google), null);

            assertThat(googleFirst.roleArn()).isEqualTo(EDITOR);
            assertThat(googleFirst.provider()).contains(GOOGLE);
            assertThat(userPoolFirst.roleArn()).isEqualTo(ADMIN);
            assertThat(userPoolFirst.provider()).contains(USER_POOL);
        }

        @Test
        void withoutAnyMappingTheFirstLoginGetsTheAuthenticatedRole() {
            VerifiedLogin first = login("login.example.com", Map.of());

            RoleChoice choice =
                    RoleResolver.resolve(pool(BOTH_ROLES, Map.of()), List.of(first, login(GOOGLE, Map.of())), null);

            assertThat(choice.roleArn()).isEqualTo(AUTH);
            assertThat(choice.provider()).contains("login.example.com");
        }

        @Test
        void aDenyOfTheDecidingLoginIsNotOverruledByALaterOne() {
            PoolRoles pool = pool(
                    BOTH_ROLES,
                    Map.of(
                            GOOGLE, rules("Deny", rule("hd", "Equals", "example.com", EDITOR)),
                            USER_POOL_KEY, token("Deny")));

            assertDenied(
                    refusal(
                            pool,
                            List.of(login(GOOGLE, Map.of()), userPoolLogin(Map.of("cognito:preferred_role", ADMIN))),
                            null),
                    GOOGLE);
        }
    }
}
