package io.github.cognitofake.internal.service.credentials;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * GetCredentialsForIdentity: Logins absent or empty asks for a guest's credentials; CustomRoleArn picks one
 * of the roles a role mapping allows.
 */
public record GetCredentialsForIdentityInput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Logins") Map<String, String> logins,
        @JsonProperty("CustomRoleArn") String customRoleArn) {}
