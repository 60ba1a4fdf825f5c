package io.github.cognitofake.internal.service.roles;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.state.IdentityPool;
import io.github.cognitofake.internal.state.MappingRule;
import io.github.cognitofake.internal.state.RoleMapping;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks SetIdentityPoolRoles makes after the model constraints passed: role mappings must name a
 * provider of the pool and be complete for their type, and every role must be one the caller may pass.
 */
final class RoleMappingRules {

    /** The documented quota of rules per role mapping (the model allows up to 400). */
    static final int MAX_RULES_PER_ROLE_MAPPING = 25;

    /** An IAM role ARN; a role that does not match is refused, as the service refuses roles the caller cannot pass. */
    @Behaviour(id = "roles.non-arn-role-forbidden", status = CONFIRMED)
    private static final Pattern IAM_ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");

    private RoleMappingRules() {}

    /** Mapping keys and completeness (in map order), then roles, then rule roles. */
    @Behaviour(id = "roles.check-order", status = UNCONFIRMED)
    static void check(IdentityPool pool, Map<String, String> roles, Map<String, RoleMapping> roleMappings) {
        Set<String> providers = pool.configuredProviderNames();
        for (Map.Entry<String, RoleMapping> entry : roleMappings.entrySet()) {
            if (!providers.contains(entry.getKey())) {
                throw ServiceError.invalidParameter(RoleTexts.notAConfiguredProvider(entry.getKey()));
            }
            checkComplete(entry.getKey(), entry.getValue());
        }
        roles.values().forEach(RoleMappingRules::checkPassable);
        for (RoleMapping mapping : roleMappings.values()) {
            if (mapping.rulesConfiguration() != null) {
                mapping.rulesConfiguration().rules().stream()
                        .map(MappingRule::roleArn)
                        .forEach(RoleMappingRules::checkPassable);
            }
        }
    }

    private static void checkComplete(String provider, RoleMapping mapping) {
        if (mapping.ambiguousRoleResolution() == null) {
            throw ServiceError.invalidParameter(RoleTexts.ambiguousRoleResolutionMissing(provider));
        }
        boolean rules = RoleMapping.RULES.equals(mapping.type());
        if (rules && mapping.rulesConfiguration() == null) {
            throw ServiceError.invalidParameter(RoleTexts.rulesConfigurationMissing(provider));
        }
        if (!rules && mapping.rulesConfiguration() != null) {
            throw ServiceError.invalidParameter(RoleTexts.rulesConfigurationNotAllowed(provider));
        }
        if (rules && mapping.rulesConfiguration().rules().size() > MAX_RULES_PER_ROLE_MAPPING) {
            throw ServiceError.invalidParameter(RoleTexts.tooManyRules(
                    provider, mapping.rulesConfiguration().rules().size()));
        }
    }

    /** The service refuses a role the caller cannot pass; a value that is no IAM role ARN never can be. */
    private static void checkPassable(String role) {
        if (!IAM_ROLE_ARN.matcher(role).matches()) {
            throw ServiceError.notAuthorized(RoleTexts.roleAccessForbidden(role));
        }
    }
}
