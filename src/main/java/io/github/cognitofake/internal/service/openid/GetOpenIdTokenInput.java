package io.github.cognitofake.internal.service.openid;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** GetOpenIdToken: Logins absent or empty asks for a guest's token. */
public record GetOpenIdTokenInput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Logins") Map<String, String> logins) {}
