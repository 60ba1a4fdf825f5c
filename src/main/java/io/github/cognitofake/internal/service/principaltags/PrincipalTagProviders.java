package io.github.cognitofake.internal.service.principaltags;

import io.github.cognitofake.internal.service.common.Fidelity;
import io.github.cognitofake.internal.state.CognitoIdentityProvider;
import io.github.cognitofake.internal.state.IdentityPool;
import java.util.Map;
import java.util.Optional;

/**
 * Which identity providers of a pool can have a principal tag map, and under which name it is kept. The
 * names are the ones the Logins map uses, except that an OpenID Connect provider may be named by its IAM
 * ARN (as Terraform's acceptance tests do) or by its issuer (as Logins and role mappings do); both name the
 * same map, which is kept under the ARN. Developer-authenticated identities have no map: their principal
 * tags come with GetOpenIdTokenForDeveloperIdentity.
 */
public final class PrincipalTagProviders {

    private static final String LOGIN_WITH_AMAZON = "www.amazon.com";

    private PrincipalTagProviders() {}

    /** The name the pool keeps the provider's map under, or empty when the pool has no such provider. */
    static Optional<String> canonicalName(IdentityPool pool, String providerName) {
        if (pool.supportedLoginProviders().containsKey(providerName)
                || pool.samlProviderArns().contains(providerName)) {
            return Optional.of(providerName);
        }
        for (CognitoIdentityProvider userPool : pool.cognitoIdentityProviders()) {
            if (providerName.equals(userPool.providerName())) {
                return Optional.of(providerName);
            }
        }
        for (String arn : pool.openIdConnectProviderArns()) {
            if (arn.equals(providerName) || providerName.equals(IdentityPool.openIdConnectProviderName(arn))) {
                return Optional.of(arn);
            }
        }
        return Optional.empty();
    }

    /** Whether the pool has the provider, so that a principal tag map of it can be set and read. */
    public static boolean isConfigured(IdentityPool pool, String providerName) {
        return canonicalName(pool, providerName).isPresent();
    }

    /** The principal tags a provider's default mapping gives, tag key to claim (see {@link Fidelity}). */
    static Map<String, String> defaults(IdentityPool pool, String canonicalName) {
        if (pool.samlProviderArns().contains(canonicalName)) {
            return Fidelity.DEFAULT_PRINCIPAL_TAGS_SAML;
        }
        if (LOGIN_WITH_AMAZON.equals(canonicalName)) {
            return Fidelity.DEFAULT_PRINCIPAL_TAGS_AMAZON;
        }
        return Fidelity.DEFAULT_PRINCIPAL_TAGS;
    }
}
