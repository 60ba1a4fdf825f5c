package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonProperty;

public record GetIdOutput(@JsonProperty("IdentityId") String identityId) {}
