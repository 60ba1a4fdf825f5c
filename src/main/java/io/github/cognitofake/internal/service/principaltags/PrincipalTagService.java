package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.pools.IdentityPoolService;
import io.github.cognitofake.internal.state.IdentityPool;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.internal.state.PrincipalTagMap;
import io.github.cognitofake.internal.state.StoredPool;
import java.util.Map;

/**
 * SetPrincipalTagAttributeMap and GetPrincipalTagAttributeMap ("attributes for access control"), and the
 * query the credential operations use to learn which session tags a sign-in gets.
 *
 * <p>The maps are kept inside the pool's {@link StoredPool}, so deleting the pool deletes them and a refused
 * call leaves them as they were. Get answers what Set stored; it does not expand the defaults (see
 * docs/fidelity.md). A map outlives the removal of its provider from the pool, as role mappings do, and is
 * visible again when the provider comes back.
 */
@Behaviour(id = "principaltags.map-of-removed-provider", status = UNCONFIRMED)
public final class PrincipalTagService {

    private final PoolStore store;

    public PrincipalTagService(PoolStore store) {
        this.store = store;
    }

    /** Replaces the provider's whole setting and answers it as stored. */
    @Behaviour(id = "principaltags.set-replaces-whole-setting", status = UNCONFIRMED)
    @Behaviour(id = "principaltags.limits-not-checked", status = UNCONFIRMED)
    public PrincipalTagAttributeMapOutput set(SetPrincipalTagAttributeMapInput input) {
        String id = input.identityPoolId();
        String provider = input.identityProviderName();
        PrincipalTagMap map = new PrincipalTagMap(Boolean.TRUE.equals(input.useDefaults()), input.principalTags());
        // Checked inside the atomic update: the provider cannot be removed from the pool in between.
        store.update(id, current -> current.withPrincipalTagMap(configuredProvider(current.pool(), provider), map))
                .orElseThrow(() -> IdentityPoolService.notFound(id));
        return output(id, provider, map);
    }

    /** The provider's setting as Set stored it, or no defaults and no tags when it was never set. */
    @Behaviour(id = "principaltags.never-set", status = UNCONFIRMED)
    @Behaviour(id = "principaltags.defaults-not-expanded", status = UNCONFIRMED)
    public PrincipalTagAttributeMapOutput get(GetPrincipalTagAttributeMapInput input) {
        String id = input.identityPoolId();
        String provider = input.identityProviderName();
        StoredPool stored = store.find(id).orElseThrow(() -> IdentityPoolService.notFound(id));
        String name = configuredProvider(stored.pool(), provider);
        return output(id, provider, stored.principalTagMaps().getOrDefault(name, PrincipalTagMap.NONE));
    }

    /**
     * The principal tags that credentials for a sign-in with this provider carry: tag key to the claim (or
     * SAML attribute) that gives the tag its value. Empty when the provider's map is not set, sets no tags,
     * or the pool or provider does not exist.
     *
     * @param loginProviderName the provider as the Logins map names it, such as
     *                          {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123} or an OpenID
     *                          Connect issuer
     */
    public Map<String, String> sessionTagClaims(String identityPoolId, String loginProviderName) {
        return store.find(identityPoolId)
                .flatMap(stored -> PrincipalTagProviders.canonicalName(stored.pool(), loginProviderName)
                        .map(name -> claims(stored, name)))
                .orElse(Map.of());
    }

    @Behaviour(id = "principaltags.defaults-and-custom", status = UNCONFIRMED)
    private static Map<String, String> claims(StoredPool stored, String providerName) {
        PrincipalTagMap map = stored.principalTagMaps().getOrDefault(providerName, PrincipalTagMap.NONE);
        return map.useDefaults() ? PrincipalTagProviders.defaults(stored.pool(), providerName) : map.principalTags();
    }

    private static String configuredProvider(IdentityPool pool, String providerName) {
        return PrincipalTagProviders.canonicalName(pool, providerName)
                .orElseThrow(() -> ServiceError.invalidParameter(
                        PrincipalTagTexts.notAPrincipalTagProvider(providerName, pool.identityPoolId())));
    }

    private static PrincipalTagAttributeMapOutput output(String id, String provider, PrincipalTagMap map) {
        return new PrincipalTagAttributeMapOutput(id, provider, map.useDefaults(), map.principalTags());
    }
}
