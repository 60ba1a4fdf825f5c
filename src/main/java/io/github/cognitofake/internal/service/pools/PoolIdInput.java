package io.github.cognitofake.internal.service.pools;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input of the operations that name one identity pool and nothing else. */
public record PoolIdInput(@JsonProperty("IdentityPoolId") String identityPoolId) {}
