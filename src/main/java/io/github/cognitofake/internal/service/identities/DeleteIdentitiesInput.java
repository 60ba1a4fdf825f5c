package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** DeleteIdentities: 1 to 60 identity ids (the model checks the count). */
public record DeleteIdentitiesInput(
        @JsonProperty("IdentityIdsToDelete") List<String> identityIdsToDelete) {}
