package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** GetId: Logins absent or empty asks for a guest identity. */
public record GetIdInput(
        @JsonProperty("AccountId") String accountId,
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("Logins") Map<String, String> logins) {

    /** The logins, never null. */
    public Map<String, String> loginsOrEmpty() {
        return logins == null ? Map.of() : logins;
    }
}
