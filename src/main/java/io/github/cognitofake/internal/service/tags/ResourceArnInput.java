package io.github.cognitofake.internal.service.tags;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input of ListTagsForResource: the ARN of an identity pool. */
public record ResourceArnInput(@JsonProperty("ResourceArn") String resourceArn) {}
