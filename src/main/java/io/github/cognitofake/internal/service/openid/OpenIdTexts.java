package io.github.cognitofake.internal.service.openid;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/** The messages of GetOpenIdToken (the basic flow). docs/fidelity.md gives each its evidence. */
final class OpenIdTexts {

    private OpenIdTexts() {}

    /** InvalidParameterException: the pool's AllowClassicFlow is explicitly false (unset allows the basic flow). */
    @Behaviour(id = "openid.classic-flow-disabled", status = REFUTED_AND_FIXED)
    static final String CLASSIC_FLOW_NOT_ENABLED = "Basic (classic) flow is not enabled, please use enhanced flow.";

    /** InvalidParameterException: the pool has role mappings, which only the enhanced flow applies. */
    @Behaviour(id = "openid.classic-flow-role-mappings", status = REFUTED_AND_FIXED)
    static final String CLASSIC_FLOW_WITH_ROLE_MAPPINGS =
            "Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.";
}
