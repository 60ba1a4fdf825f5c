package io.github.cognitofake.internal.service.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The input of TagResource: the tags to add to, or overwrite on, the identity pool the ARN names. */
public record TagResourceInput(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("Tags") Map<String, String> tags) {}
