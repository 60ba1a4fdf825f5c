package io.github.cognitofake.internal.service.roles;

import io.github.cognitofake.internal.service.common.Fidelity;
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

    private RoleMappingRules() {}

    static void check(IdentityPool pool, Map<String, String> roles, Map<String, RoleMapping> roleMappings) {
        Set<String> providers = pool.configuredProviderNames();
        for (Map.Entry<String, RoleMapping> entry : roleMappings.entrySet()) {
            if (!providers.contains(entry.getKey())) {
                throw ServiceError.invalidParameter(Fidelity.notAConfiguredProvider(entry.getKey()));
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
            throw ServiceError.invalidParameter(Fidelity.ambiguousRoleResolutionMissing(provider));
        }
        boolean rules = RoleMapping.RULES.equals(mapping.type());
        if (rules && mapping.rulesConfiguration() == null) {
            throw ServiceError.invalidParameter(Fidelity.rulesConfigurationMissing(provider));
        }
        if (!rules && mapping.rulesConfiguration() != null) {
            throw ServiceError.invalidParameter(Fidelity.rulesConfigurationNotAllowed(provider));
        }
        if (rules && mapping.rulesConfiguration().rules().size() > Fidelity.MAX_RULES_PER_ROLE_MAPPING) {
            throw ServiceError.invalidParameter(Fidelity.tooManyRules(
                    provider, mapping.rulesConfiguration().rules().size()));
        }
    }

    /** The service refuses a role the caller cannot pass; a value that is no IAM role ARN never can be. */
    private static void checkPassable(String role) {
        if (!IAM_ROLE_ARN.matcher(role).matches()) {
            throw ServiceError.notAuthorized(Fidelity.roleAccessForbidden(role));
        }
    }

    private static final Pattern IAM_ROLE_ARN = Pattern.compile(Fidelity.IAM_ROLE_ARN_PATTERN);
}
