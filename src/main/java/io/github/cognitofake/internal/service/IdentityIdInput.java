package io.github.cognitofake.internal.service;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input of the operations that name one identity and nothing else. */
public record IdentityIdInput(@JsonProperty("IdentityId") String identityId) {}
