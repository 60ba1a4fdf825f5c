package io.github.cognitofake.internal.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The ordered rules of a Rules role mapping; the first rule that matches wins. */
public record RulesConfiguration(@JsonProperty("Rules") List<MappingRule> rules) {

    public RulesConfiguration {
        rules = Copies.list(rules);
    }
}
