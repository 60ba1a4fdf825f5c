package io.github.cognitofake.internal.service;

import com.fasterxml.jackson.annotation.JsonProperty;

public record GetIdOutput(@JsonProperty("IdentityId") String identityId) {}
