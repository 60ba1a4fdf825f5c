package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * UnlinkIdentity.
 *
 * @param logins the caller's logins, which must include one of the identity's own
 * @param loginsToRemove provider names whose logins the identity loses
 */
public record UnlinkIdentityInput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Logins") Map<String, String> logins,
        @JsonProperty("LoginsToRemove") List<String> loginsToRemove) {}
