package io.github.cognitofake.internal.service.principaltags;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Absent {@code UseDefaults} and {@code PrincipalTags} stay null; the service reads them as false and empty. */
public record SetPrincipalTagAttributeMapInput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("IdentityProviderName") String identityProviderName,
        @JsonProperty("UseDefaults") Boolean useDefaults,
        @JsonProperty("PrincipalTags") Map<String, String> principalTags) {}
