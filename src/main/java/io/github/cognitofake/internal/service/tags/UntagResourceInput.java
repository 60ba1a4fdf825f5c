package io.github.cognitofake.internal.service.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The input of UntagResource: the keys of the tags to remove from the identity pool the ARN names. */
public record UntagResourceInput(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("TagKeys") List<String> tagKeys) {}
