package io.github.cognitofake.seed;

import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;

/**
 * The ordered rules of a Rules role mapping: {@code r.when("isAdmin", EQUALS, "yes").assume(adminRole)}.
 */
public interface MappingRules {

    /**
     * Starts a rule: when the user's {@code claim} matches {@code value} this way...
     *
     * @param claim the token claim, such as {@code "isAdmin"}
     * @param matchType how the claim is compared
     * @param value what it is compared with
     * @return the rule, to name its role
     */
    Rule when(String claim, MappingRuleMatchType matchType, String value);

    /** The second half of a rule. */
    interface Rule {

        /**
         * ...the user gets this role.
         *
         * @param roleArn the IAM role's ARN
         * @return the rules, for the next one
         */
        MappingRules assume(String roleArn);
    }
}
