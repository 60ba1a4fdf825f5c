package io.github.cognitofake.internal.service.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** {@code Tags} is always printed, {@code {}} for a pool without tags, like IdentityPoolTags (see docs/fidelity.md). */
public record ListTagsForResourceOutput(
        @JsonProperty("Tags") Map<String, String> tags) {}
