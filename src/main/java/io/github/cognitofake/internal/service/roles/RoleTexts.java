package io.github.cognitofake.internal.service.roles;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/** The messages of SetIdentityPoolRoles' checks ({@link RoleMappingRules}). docs/fidelity.md gives each its evidence. */
final class RoleTexts {

    private RoleTexts() {}

    /** Seen in CloudFormation and CDK logs, parentheses included. */
    @Behaviour(id = "roles.not-a-configured-provider", status = CONFIRMED)
    static String notAConfiguredProvider(String providerName) {
        return "(" + providerName + ") is not a valid RoleMapping ProviderName or is not a configured provider.";
    }

    /** Seen for a role name passed where an ARN belongs; used for any value that is not an IAM role ARN. */
    @Behaviour(id = "roles.role-name-forbidden", status = CONFIRMED)
    static String roleAccessForbidden(String role) {
        return "Access to Role '" + role + "' is forbidden.";
    }

    @Behaviour(id = "roles.ambiguous-role-resolution-missing", status = UNCONFIRMED)
    static String ambiguousRoleResolutionMissing(String providerName) {
        return "AmbiguousRoleResolution must be specified for the role mapping of provider (" + providerName
                + ") when its Type is Token or Rules.";
    }

    @Behaviour(id = "roles.rules-configuration-missing", status = UNCONFIRMED)
    static String rulesConfigurationMissing(String providerName) {
        return "RulesConfiguration must be specified for the role mapping of provider (" + providerName
                + ") when its Type is Rules.";
    }

    @Behaviour(id = "roles.rules-configuration-not-allowed", status = UNCONFIRMED)
    static String rulesConfigurationNotAllowed(String providerName) {
        return "RulesConfiguration must not be specified for the role mapping of provider (" + providerName
                + ") when its Type is Token.";
    }

    /** InvalidParameterException: LimitExceededException is not modeled for SetIdentityPoolRoles. */
    @Behaviour(id = "roles.too-many-rules", status = UNCONFIRMED)
    static String tooManyRules(String providerName, int count) {
        return "The role mapping of provider (" + providerName + ") has " + count + " rules; at most "
                + RoleMappingRules.MAX_RULES_PER_ROLE_MAPPING + " rules are allowed per role mapping.";
    }
}
