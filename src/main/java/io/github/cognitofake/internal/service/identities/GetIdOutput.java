package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.fidelity.Behaviour;

/** GetId's answer, {@code {"IdentityId":"<id>"}} and nothing else. */
@Behaviour(id = "identities.get-id-output", status = CONFIRMED)
public record GetIdOutput(@JsonProperty("IdentityId") String identityId) {}
