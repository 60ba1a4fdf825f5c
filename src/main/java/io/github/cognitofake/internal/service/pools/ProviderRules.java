package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.state.CognitoIdentityProvider;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks on a pool's {@code CognitoIdentityProviders} that the model cannot express (it makes neither
 * member of an entry required and allows any {@code [\w._:/-]+} name), run by CreateIdentityPool and
 * UpdateIdentityPool after the model's checks and before anything is stored. A provider the pool keeps must
 * have both a user pool name and an app client id: every sign-in of that user pool is matched on them.
 */
public final class ProviderRules {

    /**
     * Confirmed (a pasted CreateIdentityPool/UpdateIdentityPool answer in a public issue thread) for an entry
     * without {@code ProviderName} and for a {@code ProviderName} not of the user pool form; no final period.
     * UNCONFIRMED for an entry without {@code ClientId}: no trace of what the service answers was found, and
     * the same refusal is the most plausible one (docs/fidelity.md).
     */
    @Behaviour(id = "pools.cognito-provider-invalid", status = REFUTED_AND_FIXED)
    public static final String INVALID_COGNITO_IDENTITY_PROVIDER = "Invalid Cognito Identity Provider";

    /**
     * {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}, the user pool id as the user pool service's
     * model has it ({@code [\w-]+_[0-9a-zA-Z]+}); the China partition's host ends in {@code .com.cn}. Whether the
     * service also compares the user pool id's region with the host's is not known; the fake does not.
     */
    static final Pattern USER_POOL_PROVIDER_NAME =
            Pattern.compile("cognito-idp\\.[a-z]{2}(-[a-z]+)+-\\d+\\.amazonaws\\.com(\\.cn)?/[\\w-]+_[0-9a-zA-Z]+");

    private ProviderRules() {}

    /** Refuses the list when any entry lacks its user pool name or app client id, or names no user pool. */
    @Behaviour(id = "pools.cognito-provider-without-client-id", status = UNCONFIRMED)
    static void checkCognitoIdentityProviders(List<CognitoIdentityProvider> providers) {
        if (providers == null) {
            return;
        }
        for (CognitoIdentityProvider provider : providers) {
            if (provider == null
                    || provider.providerName() == null
                    || !USER_POOL_PROVIDER_NAME.matcher(provider.providerName()).matches()
                    || provider.clientId() == null) {
                throw ServiceError.invalidParameter(INVALID_COGNITO_IDENTITY_PROVIDER);
            }
        }
    }
}
