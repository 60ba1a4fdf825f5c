package io.github.cognitofake.seed;

import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;

/**
 * The ordered rules of a Rules role mapping: {@code r.when("isAdmin", EQUALS, "yes").assume(adminRole)}.
 */
public interface MappingRules {

    /** Starts a rule: when the user's {@code claim} matches {@code value} this way... */
    Rule when(String claim, MappingRuleMatchType matchType, String value);

    /** The second half of a rule. */
    interface Rule {

        /** ...the user gets this role. */
        MappingRules assume(String roleArn);
    }
}
