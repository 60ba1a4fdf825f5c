package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input of the operations that name one identity and nothing else. */
public record IdentityIdInput(@JsonProperty("IdentityId") String identityId) {}
