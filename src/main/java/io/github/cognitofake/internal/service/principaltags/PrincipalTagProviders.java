package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.state.CognitoIdentityProvider;
import io.github.cognitofake.internal.state.IdentityPool;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /**
     * The principal tags of a provider whose map uses the defaults, tag key to claim: the console's for user
     * pools. Beyond user pools the developer guide's table lists the claims (aud and sub for most providers,
     * user_id for Login with Amazon, the nameidentifier and name attributes for SAML); the tag keys
     * {@code username} and {@code client} are the console's for user pools.
     */
    @Behaviour(id = "principaltags.user-pool-defaults", status = CONFIRMED)
    static final Map<String, String> DEFAULT_PRINCIPAL_TAGS = ordered("username", "sub", "client", "aud");

    /** Login with Amazon names the user {@code user_id}. */
    static final Map<String, String> DEFAULT_PRINCIPAL_TAGS_AMAZON = ordered("username", "user_id", "client", "aud");

    /** SAML assertions carry attributes, not claims. */
    static final Map<String, String> DEFAULT_PRINCIPAL_TAGS_SAML = ordered(
            "username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
            "name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name");

    private PrincipalTagProviders() {}

    /** The name the pool keeps the provider's map under, or empty when the pool has no such provider. */
    @Behaviour(id = "principaltags.provider-names", status = CONFIRMED)
    @Behaviour(id = "principaltags.provider-names-with-issuers", status = UNCONFIRMED)
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

    /** The principal tags a provider's default mapping gives, tag key to claim. */
    @Behaviour(id = "principaltags.other-provider-defaults", status = UNCONFIRMED)
    static Map<String, String> defaults(IdentityPool pool, String canonicalName) {
        if (pool.samlProviderArns().contains(canonicalName)) {
            return DEFAULT_PRINCIPAL_TAGS_SAML;
        }
        if (LOGIN_WITH_AMAZON.equals(canonicalName)) {
            return DEFAULT_PRINCIPAL_TAGS_AMAZON;
        }
        return DEFAULT_PRINCIPAL_TAGS;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
