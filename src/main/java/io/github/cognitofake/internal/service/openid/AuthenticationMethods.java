package io.github.cognitofake.internal.service.openid;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.identities.LoginVerifier;
import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import io.github.cognitofake.internal.state.CognitoIdentityProvider;
import io.github.cognitofake.internal.state.IdentityPool;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code amr} claim of Cognito's OpenID tokens, which IAM trust policies read as
 * {@code cognito-identity.amazonaws.com:amr}: {@code unauthenticated} for a guest; {@code authenticated}
 * followed by, for each login of the call, its provider and a reference to the user at that provider.
 */
final class AuthenticationMethods {

    static final String AUTHENTICATED = "authenticated";
    static final String UNAUTHENTICATED = "unauthenticated";

    private AuthenticationMethods() {}

    /** The amr of a call with these verified logins (none: a guest). */
    @Behaviour(id = "openid.amr-several-logins", status = UNCONFIRMED)
    static List<String> of(IdentityPool pool, List<VerifiedLogin> logins) {
        if (logins.isEmpty()) {
            return List.of(UNAUTHENTICATED);
        }
        Set<String> amr = new LinkedHashSet<>();
        amr.add(AUTHENTICATED);
        for (VerifiedLogin login : logins) {
            if (login.isDeveloperLogin()) {
                carriedOver(login).forEach(amr::add);
            } else {
                amr.add(login.providerName());
                amr.add(userReference(pool, login));
            }
        }
        return List.copyOf(amr);
    }

    /**
     * A token of the fake's own passed as a login witnesses how its identity signed in: its amr entries
     * other than the authenticated/unauthenticated marker carry over.
     */
    @Behaviour(id = "openid.amr-carries-over", status = UNCONFIRMED)
    private static List<String> carriedOver(VerifiedLogin login) {
        if (!(login.claims().get("amr") instanceof List<?> entries)) {
            return List.of();
        }
        return entries.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(entry -> !entry.equals(AUTHENTICATED) && !entry.equals(UNAUTHENTICATED))
                .toList();
    }

    @Behaviour(id = "openid.amr-social", status = UNCONFIRMED)
    @Behaviour(id = "openid.amr-oidc-saml", status = UNCONFIRMED)
    private static String userReference(IdentityPool pool, VerifiedLogin login) {
        String provider = login.providerName();
        String user = login.userIdentifier();
        boolean userPool = pool.cognitoIdentityProviders().stream()
                .map(CognitoIdentityProvider::providerName)
                .anyMatch(provider::equals);
        if (userPool) {
            return userPoolUser(provider, user);
        }
        String appIds = pool.supportedLoginProviders().get(provider);
        if (appIds != null) {
            List<String> configured = LoginVerifier.splitAppIds(appIds);
            String appId = LoginVerifier.audiences(login.claims()).stream()
                    .filter(configured::contains)
                    .findFirst()
                    .orElse(configured.isEmpty() ? appIds : configured.get(0));
            return providerUser(provider, Optional.of(appId), user);
        }
        // OpenID Connect: the token's audience names the app; SAML assertions name none the fake knows.
        return providerUser(
                provider, LoginVerifier.audiences(login.claims()).stream().findFirst(), user);
    }

    /**
     * A user pool sign-in, {@code <provider>:CognitoSignIn:<sub>} (API Gateway's {@code cognitoAuthenticationProvider},
     * which is the amr after {@code authenticated}).
     */
    @Behaviour(id = "openid.amr-user-pool", status = CONFIRMED)
    private static String userPoolUser(String providerName, String sub) {
        return providerName + ":CognitoSignIn:" + sub;
    }

    /**
     * {@code <provider>:<app id>:<user>} (Facebook's, from a logged {@code cognitoAuthenticationProvider}); without
     * an app id (SAML) {@code <provider>:<user>}.
     */
    @Behaviour(id = "openid.amr-facebook", status = CONFIRMED)
    private static String providerUser(String providerName, Optional<String> appId, String user) {
        return appId.map(id -> providerName + ":" + id + ":" + user).orElse(providerName + ":" + user);
    }
}
