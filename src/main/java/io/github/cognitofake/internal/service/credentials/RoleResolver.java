package io.github.cognitofake.internal.service.credentials;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.json.RecordCodec;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import io.github.cognitofake.internal.state.MappingRule;
import io.github.cognitofake.internal.state.PoolRoles;
import io.github.cognitofake.internal.state.RoleMapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the role of GetCredentialsForIdentity from the pool's roles and role mappings, the verified
 * logins and the request's CustomRoleArn, as the developer guide's "role-based access control" describes
 * it. Pure: it reads its inputs and changes nothing.
 *
 * <ul>
 *   <li>No login (a guest): the {@code unauthenticated} role.
 *   <li>Logins: the first login whose provider has a role mapping decides; a user pool's mapping is keyed
 *       {@code <provider>:<aud>}. No mapped login: the {@code authenticated} role.
 *   <li>Token mapping: CustomRoleArn when it is in {@code cognito:roles} (refused when it is not), else
 *       {@code cognito:preferred_role}, else the single role of {@code cognito:roles}, else ambiguous.
 *   <li>Rules mapping: the role of the first matching rule (CustomRoleArn when it is the role of any
 *       matching rule, refused when not); a NotEqual rule whose claim is absent does not match; no match is
 *       ambiguous.
 *   <li>Ambiguous: {@code AuthenticatedRole} gives the {@code authenticated} role, {@code Deny} refuses.
 *   <li>A needed role the pool does not have: InvalidIdentityPoolConfigurationException.
 * </ul>
 */
public final class RoleResolver {

    /** The key of the role of logged-in users in {@link PoolRoles#roles()}. */
    public static final String AUTHENTICATED = "authenticated";
    /** The key of the role of guests in {@link PoolRoles#roles()}. */
    public static final String UNAUTHENTICATED = "unauthenticated";

    static final String ROLES_CLAIM = "cognito:roles";
    static final String PREFERRED_ROLE_CLAIM = "cognito:preferred_role";

    private static final String AMBIGUOUS_AUTHENTICATED_ROLE = "AuthenticatedRole";

    private RoleResolver() {}

    /**
     * The role for these logins.
     *
     * @param pool the pool's roles and role mappings
     * @param logins the request's verified logins in the order of its Logins map; empty for a guest
     * @param customRoleArn the request's CustomRoleArn, or {@code null}
     * @throws ServiceError InvalidIdentityPoolConfigurationException when the needed role is not set;
     *     NotAuthorizedException when a mapping denies the request or does not allow CustomRoleArn
     */
    @Behaviour(id = "credentials.role-resolution-order", status = CONFIRMED)
    @Behaviour(id = "credentials.custom-role-ignored-without-mapping", status = UNCONFIRMED)
    @Behaviour(id = "credentials.first-mapped-login-decides", status = UNCONFIRMED)
    public static RoleChoice resolve(PoolRoles pool, List<VerifiedLogin> logins, String customRoleArn) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(logins, "logins");
        if (logins.isEmpty()) {
            return new RoleChoice(poolRole(pool, UNAUTHENTICATED), null);
        }
        for (VerifiedLogin login : logins) {
            RoleMapping mapping = pool.roleMappings().get(login.roleMappingKey());
            if (mapping != null) {
                return new RoleChoice(mapped(pool, login, mapping, customRoleArn), login);
            }
        }
        return new RoleChoice(poolRole(pool, AUTHENTICATED), logins.get(0));
    }

    @Behaviour(id = "credentials.custom-role-with-rules", status = UNCONFIRMED)
    @Behaviour(id = "credentials.single-token-role", status = UNCONFIRMED)
    @Behaviour(id = "credentials.no-token-roles-ambiguous", status = UNCONFIRMED)
    private static String mapped(PoolRoles pool, VerifiedLogin login, RoleMapping mapping, String customRoleArn) {
        List<String> allowed =
                RoleMapping.RULES.equals(mapping.type()) ? matchingRuleRoles(mapping, login) : tokenRoles(login);
        if (customRoleArn != null) {
            if (allowed.contains(customRoleArn)) {
                return customRoleArn;
            }
            throw ServiceError.notAuthorized(
                    CredentialsTexts.customRoleArnNotAllowed(customRoleArn, login.roleMappingKey()));
        }
        if (RoleMapping.RULES.equals(mapping.type())) {
            return allowed.isEmpty() ? ambiguous(pool, login, mapping) : allowed.get(0);
        }
        if (login.claims().get(PREFERRED_ROLE_CLAIM) instanceof String preferred && !preferred.isBlank()) {
            return preferred;
        }
        return allowed.size() == 1 ? allowed.get(0) : ambiguous(pool, login, mapping);
    }

    private static String ambiguous(PoolRoles pool, VerifiedLogin login, RoleMapping mapping) {
        if (AMBIGUOUS_AUTHENTICATED_ROLE.equals(mapping.ambiguousRoleResolution())) {
            return poolRole(pool, AUTHENTICATED);
        }
        throw ServiceError.notAuthorized(CredentialsTexts.ambiguousRoleMappingDenied(login.roleMappingKey()));
    }

    private static String poolRole(PoolRoles pool, String type) {
        String role = pool.roles().get(type);
        if (role == null) {
            throw ServiceError.invalidIdentityPoolConfiguration(CredentialsTexts.INVALID_IDENTITY_POOL_CONFIGURATION);
        }
        return role;
    }

    /** {@code cognito:roles} as real ID tokens carry it (a JSON array) or as the docs describe it (comma-separated). */
    @Behaviour(id = "credentials.roles-claim-comma-separated", status = UNCONFIRMED)
    static List<String> tokenRoles(VerifiedLogin login) {
        Object claim = login.claims().get(ROLES_CLAIM);
        List<String> roles = new ArrayList<>();
        if (claim instanceof List<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .map(String::trim)
                    .filter(role -> !role.isEmpty())
                    .forEach(roles::add);
        } else if (claim instanceof String text) {
            Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(role -> !role.isEmpty())
                    .forEach(roles::add);
        }
        return roles;
    }

    /** The roles of every matching rule, in rule order; the first is the one used without CustomRoleArn. */
    private static List<String> matchingRuleRoles(RoleMapping mapping, VerifiedLogin login) {
        List<String> roles = new ArrayList<>();
        if (mapping.rulesConfiguration() == null) {
            return roles;
        }
        for (MappingRule rule : mapping.rulesConfiguration().rules()) {
            if (matches(rule, login.claims().get(rule.claim())) && !roles.contains(rule.roleArn())) {
                roles.add(rule.roleArn());
            }
        }
        return roles;
    }

    /** Whether a rule matches a claim value; an absent claim ({@code null}) matches no rule, NotEqual included. */
    @Behaviour(id = "credentials.rules-match-any-element", status = UNCONFIRMED)
    @Behaviour(id = "credentials.rules-case-sensitive", status = UNCONFIRMED)
    static boolean matches(MappingRule rule, Object claim) {
        if (claim == null) {
            return false;
        }
        List<String> values = claim instanceof List<?> list
                ? list.stream().map(RoleResolver::text).toList()
                : List.of(text(claim));
        String expected = rule.value();
        return switch (rule.matchType()) {
            case "Equals" -> values.stream().anyMatch(expected::equals);
            case "Contains" -> values.stream().anyMatch(value -> value.contains(expected));
            case "StartsWith" -> values.stream().anyMatch(value -> value.startsWith(expected));
            case "NotEqual" -> values.stream().noneMatch(expected::equals);
            default -> false; // the model's enum admits no other type; SetIdentityPoolRoles validated it
        };
    }

    @Behaviour(id = "credentials.rules-compare-json-text", status = UNCONFIRMED)
    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        try {
            return new String(RecordCodec.toBytes(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | IllegalStateException notPlainJson) {
            return String.valueOf(value);
        }
    }
}
