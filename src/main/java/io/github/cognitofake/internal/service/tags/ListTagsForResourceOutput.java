package io.github.cognitofake.internal.service.tags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.Map;

/** {@code Tags} is always printed, {@code {}} for a pool without tags, like IdentityPoolTags (see docs/fidelity.md). */
@Behaviour(id = "tags.list-prints-empty-tags", status = UNCONFIRMED)
public record ListTagsForResourceOutput(
        @JsonProperty("Tags") Map<String, String> tags) {}
