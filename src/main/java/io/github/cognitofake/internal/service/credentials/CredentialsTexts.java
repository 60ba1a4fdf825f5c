package io.github.cognitofake.internal.service.credentials;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/** The messages of role resolution ({@link RoleResolver}). docs/fidelity.md gives each its evidence. */
final class CredentialsTexts {

    private CredentialsTexts() {}

    /** No role of the needed type: InvalidIdentityPoolConfigurationException (raw body in aws/aws-sdk-js#1615). */
    @Behaviour(id = "credentials.no-role-configured", status = CONFIRMED)
    static final String INVALID_IDENTITY_POOL_CONFIGURATION =
            "Invalid identity pool configuration. Check assigned IAM roles for this pool.";

    /**
     * NotAuthorizedException, seen for {@code accounts.google.com}; a user pool provider is named by its role
     * mapping key ({@code <provider>:<clientId>}).
     */
    @Behaviour(id = "credentials.ambiguous-denied", status = CONFIRMED)
    @Behaviour(id = "credentials.deny-names-mapping-key", status = UNCONFIRMED)
    static String ambiguousRoleMappingDenied(String roleMappingKey) {
        return "The ambiguous role mapping rules for: " + roleMappingKey + " denied this request.";
    }

    /** NotAuthorizedException when CustomRoleArn is not among the roles the login's role mapping allows. */
    @Behaviour(id = "credentials.custom-role-not-allowed", status = UNCONFIRMED)
    static String customRoleArnNotAllowed(String customRoleArn, String roleMappingKey) {
        return "The CustomRoleArn " + customRoleArn + " is not allowed by the role mapping rules for: " + roleMappingKey
                + ".";
    }
}
