package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.seed.MappingRules;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;

/** The rules of one Rules mapping, as the JSON array of RulesConfiguration.Rules, in the order given. */
final class RulesDraft implements MappingRules {

    private final ArrayNode rules = JsonTree.array();

    @Override
    public Rule when(String claim, MappingRuleMatchType matchType, String value) {
        String wireMatchType = Values.wireName(matchType, "matchType");
        return roleArn -> {
            rules.addObject()
                    .put("Claim", claim)
                    .put("MatchType", wireMatchType)
                    .put("Value", value)
                    .put("RoleARN", roleArn);
            return this;
        };
    }

    ArrayNode rules() {
        return rules;
    }
}
