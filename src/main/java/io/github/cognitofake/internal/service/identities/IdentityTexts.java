package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/**
 * The messages of the identity rules and of login verification ({@link IdentityService}, {@link LoginVerifier}).
 * Public for the two the developer-authenticated operations share. docs/fidelity.md gives each its evidence.
 */
public final class IdentityTexts {

    private IdentityTexts() {}

    /** ResourceNotFoundException, seen from a mobile SDK. */
    @Behaviour(id = "identities.identity-not-found", status = CONFIRMED)
    static String identityNotFound(String identityId) {
        return "Identity '" + identityId + "' not found.";
    }

    /** A disabled identity: the raw x-amzn-ErrorMessage header of a NotAuthorizedException. */
    @Behaviour(id = "identities.identity-forbidden", status = CONFIRMED)
    static String identityForbidden(String identityId) {
        return "Access to Identity '" + identityId + "' is forbidden.";
    }

    /** GetId, credentials or a token without Logins on a pool that does not allow guests. */
    @Behaviour(id = "identities.unauthenticated-not-supported", status = CONFIRMED)
    public static final String UNAUTHENTICATED_NOT_SUPPORTED =
            "Unauthenticated access is not supported for this identity pool.";

    /** The text is seen (x-amzn-ErrorMessage header); its triggers are the ledger's unconfirmed rows. */
    @Behaviour(id = "identities.logins-do-not-match-text", status = CONFIRMED)
    public static final String LOGINS_DO_NOT_MATCH =
            "Logins don't match. Please include at least one valid login for this identity or identity pool.";

    /**
     * A user pool token whose {@code aud} is not a ClientId the pool has for that user pool, and a Logins key the
     * pool does not have.
     */
    @Behaviour(id = "identities.not-a-supported-provider", status = CONFIRMED)
    static final String NOT_A_SUPPORTED_PROVIDER = "Token is not from a supported provider of this identity pool.";

    /** No period at the end: the token's {@code iss} is not the provider of its Logins key. */
    @Behaviour(id = "identities.issuer-mismatch", status = CONFIRMED)
    static final String ISSUER_MISMATCH = "Invalid login token. Issuer doesn't match providerName";

    /** {@code now} first, then the token's {@code exp}, in epoch seconds. */
    @Behaviour(id = "identities.token-expired", status = CONFIRMED)
    static String tokenExpired(long nowSeconds, long expSeconds) {
        return "Invalid login token. Token expired: " + nowSeconds + " >= " + expSeconds;
    }

    /** Seen for {@code aud} (a user pool access token, which has {@code client_id} instead); by analogy for {@code sub}. */
    @Behaviour(id = "identities.missing-aud", status = CONFIRMED)
    @Behaviour(id = "identities.missing-sub", status = UNCONFIRMED)
    static String missingClaim(String claim) {
        return "Invalid login token. Missing a required claim: " + claim;
    }

    /** A user pool Logins value that is not a JWT (the text is seen, the trigger is not). */
    static final String NOT_A_COGNITO_TOKEN = "Invalid login token. Not a Cognito token.";

    /** An OpenID Connect, Google, Apple or developer Logins value that is not a JWT (text seen for GetId). */
    static final String NOT_AN_OPENID_CONNECT_TOKEN = "Invalid login token. Not a valid OpenId Connect identity token.";

    /** A Google or Sign in with Apple token whose {@code aud} is not an app id configured for the provider. */
    @Behaviour(id = "identities.incorrect-audience", status = UNCONFIRMED)
    static final String INCORRECT_AUDIENCE = "Invalid login token. Incorrect token audience.";

    /**
     * The logins of one GetId belong to different identities, or a call for an identity with linked logins brings
     * a login of another identity (the model documents ResourceConflictException as "a login which is already
     * linked to another account"; the text is ours).
     */
    @Behaviour(id = "identities.login-linked-to-another-identity", status = UNCONFIRMED)
    static final String LOGIN_LINKED_TO_ANOTHER_IDENTITY = "Login is already linked to another identity.";
}
