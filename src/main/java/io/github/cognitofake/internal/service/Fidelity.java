package io.github.cognitofake.internal.service;

/**
 * Every message text and behaviour of the service layer that was chosen without first-hand evidence,
 * in one place so that it is easy to correct when the real service is observed. Each entry is listed in
 * {@code docs/fidelity.md}; confirmed texts are marked so, with their source there.
 */
public final class Fidelity {

    private Fidelity() {}

    // ---- Messages ----------------------------------------------------------------------------------

    /** CONFIRMED for GetId and DescribeIdentityPool; assumed for every operation that takes a pool id. */
    public static String poolNotFound(String identityPoolId) {
        return "IdentityPool '" + identityPoolId + "' not found.";
    }

    /** CONFIRMED (CloudFormation and CDK logs), including the parentheses. */
    public static String notAConfiguredProvider(String providerName) {
        return "(" + providerName + ") is not a valid RoleMapping ProviderName or is not a configured provider.";
    }

    /** CONFIRMED for a role name passed where an ARN belongs; assumed for any value that is not an IAM role ARN. */
    public static String roleAccessForbidden(String role) {
        return "Access to Role '" + role + "' is forbidden.";
    }

    /** UNCONFIRMED: code InvalidParameterException and this text. */
    public static String ambiguousRoleResolutionMissing(String providerName) {
        return "AmbiguousRoleResolution must be specified for the role mapping of provider (" + providerName
                + ") when its Type is Token or Rules.";
    }

    /** UNCONFIRMED: code InvalidParameterException and this text. */
    public static String rulesConfigurationMissing(String providerName) {
        return "RulesConfiguration must be specified for the role mapping of provider (" + providerName
                + ") when its Type is Rules.";
    }

    /** UNCONFIRMED: code InvalidParameterException and this text. */
    public static String rulesConfigurationNotAllowed(String providerName) {
        return "RulesConfiguration must not be specified for the role mapping of provider (" + providerName
                + ") when its Type is Token.";
    }

    /** UNCONFIRMED: code InvalidParameterException (LimitExceededException is not modeled for SetIdentityPoolRoles) and text. */
    public static String tooManyRules(String providerName, int count) {
        return "The role mapping of provider (" + providerName + ") has " + count
                + " rules; at most " + MAX_RULES_PER_ROLE_MAPPING + " rules are allowed per role mapping.";
    }

    /** UNCONFIRMED: code InvalidParameterException and text. */
    public static String developerProviderNameChanged(String current) {
        return "Developer provider name cannot be changed once set. It is currently '" + current + "'.";
    }

    /** Fake-only (the API cannot choose pool ids): seeding a fixed id that a pool already has. */
    public static String poolIdTaken(String identityPoolId) {
        return "An identity pool with id '" + identityPoolId + "' exists already.";
    }

    /** UNCONFIRMED: code InvalidParameterException and text. */
    public static final String INVALID_PAGINATION_TOKEN = "The pagination token is invalid.";

    // ---- Behaviour ---------------------------------------------------------------------------------

    /**
     * UNCONFIRMED beyond role names: a role that does not match this is refused with
     * {@link #roleAccessForbidden}, as the service refuses roles the caller cannot pass.
     */
    public static final String IAM_ROLE_ARN_PATTERN = "arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+";

    /** The documented quota of rules per role mapping (the model allows up to 400). */
    public static final int MAX_RULES_PER_ROLE_MAPPING = 25;

    /** UNCONFIRMED: SetIdentityPoolRoles without RoleMappings keeps the pool's mappings (Terraform sends {} to clear them). */
    public static final boolean OMITTED_ROLE_MAPPINGS_ARE_KEPT = true;

    /**
     * UNCONFIRMED: UpdateIdentityPool resets omitted members to their defaults, as documented, except
     * IdentityPoolTags, which are kept when omitted (tags have their own API) and replaced when given.
     */
    public static final boolean UPDATE_KEEPS_OMITTED_TAGS = true;

    /** UNCONFIRMED: UpdateIdentityPool without DeveloperProviderName keeps the one that is set (it cannot change). */
    public static final boolean UPDATE_KEEPS_OMITTED_DEVELOPER_PROVIDER_NAME = true;
}
