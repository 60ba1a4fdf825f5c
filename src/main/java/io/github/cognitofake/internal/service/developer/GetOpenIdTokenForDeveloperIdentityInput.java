package io.github.cognitofake.internal.service.developer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** GetOpenIdTokenForDeveloperIdentity: TokenDuration in seconds, absent for the default. */
public record GetOpenIdTokenForDeveloperIdentityInput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Logins") Map<String, String> logins,
        @JsonProperty("PrincipalTags") Map<String, String> principalTags,
        @JsonProperty("TokenDuration") Long tokenDuration) {

    /** The logins, never null. */
    public Map<String, String> loginsOrEmpty() {
        return logins == null ? Map.of() : logins;
    }

    /** The principal tags, never null. */
    public Map<String, String> principalTagsOrEmpty() {
        return principalTags == null ? Map.of() : principalTags;
    }
}
