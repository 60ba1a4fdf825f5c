package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/** The messages of the principal tag operations. docs/fidelity.md gives each its evidence. */
final class PrincipalTagTexts {

    private PrincipalTagTexts() {}

    /** Set/GetPrincipalTagAttributeMap for a provider the pool does not have ({@link PrincipalTagProviders}). */
    @Behaviour(id = "principaltags.not-a-provider", status = UNCONFIRMED)
    static String notAPrincipalTagProvider(String providerName, String identityPoolId) {
        return "Identity provider '" + providerName + "' is not configured for identity pool '" + identityPoolId + "'.";
    }
}
