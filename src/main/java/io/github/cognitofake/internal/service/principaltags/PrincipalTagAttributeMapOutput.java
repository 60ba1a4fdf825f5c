package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.Map;

/**
 * The answer of SetPrincipalTagAttributeMap and GetPrincipalTagAttributeMap: the provider's setting as
 * stored. {@code UseDefaults} is always printed; {@code PrincipalTags} is left out when empty, as
 * GetIdentityPoolRoles leaves out unset members (see docs/fidelity.md).
 */
@Behaviour(id = "principaltags.output-shape", status = UNCONFIRMED)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PrincipalTagAttributeMapOutput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("IdentityProviderName") String identityProviderName,

        @JsonProperty("UseDefaults") @JsonInclude(JsonInclude.Include.ALWAYS)
        boolean useDefaults,

        @JsonProperty("PrincipalTags") Map<String, String> principalTags) {}
