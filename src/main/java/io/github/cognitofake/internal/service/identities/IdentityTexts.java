package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;
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
     * A user pool token whose {@code aud} is not a ClientId the pool has for that user pool, a Google or Sign in
     * with Apple token whose {@code aud} is not an app id configured for the provider, and a Logins key the pool
     * does not have (when the token's issuer is the key's provider, or it is no JWT).
     */
    @Behaviour(id = "identities.not-a-supported-provider", status = CONFIRMED)
    @Behaviour(id = "identities.incorrect-audience", status = REFUTED_AND_FIXED)
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
    @Behaviour(id = "identities.not-a-cognito-token-text", status = CONFIRMED)
    static final String NOT_A_COGNITO_TOKEN = "Invalid login token. Not a Cognito token.";

    /** An OpenID Connect, Google, Apple or developer Logins value that is not a JWT (text seen for GetId). */
    @Behaviour(id = "identities.not-an-openid-connect-token-text", status = CONFIRMED)
    static final String NOT_AN_OPENID_CONNECT_TOKEN = "Invalid login token. Not a valid OpenId Connect identity token.";

    /**
     * NotAuthorizedException: a token of Cognito Identity (its {@code iss}) under another key than
     * {@code cognito-identity.amazonaws.com}, or any login under that key in GetId.
     */
    @Behaviour(id = "identities.cant-pass-a-cognito-token-text", status = CONFIRMED)
    static final String CANT_PASS_A_COGNITO_TOKEN = "Invalid login token. Can't pass in a Cognito token.";

    /** InvalidParameterException: the pool's DeveloperProviderName as a Logins key of a call for an identity. */
    @Behaviour(id = "identities.not-a-public-provider-text", status = CONFIRMED)
    static final String NOT_A_PUBLIC_PROVIDER = "Please provide a valid public provider.";

    /**
     * The logins of one GetId belong to different identities, or a call for an identity with linked logins brings
     * a login of another identity (the model documents ResourceConflictException as "a login which is already
     * linked to another account"; the text is ours).
     */
    @Behaviour(id = "identities.login-linked-to-another-identity", status = UNCONFIRMED)
    static final String LOGIN_LINKED_TO_ANOTHER_IDENTITY = "Login is already linked to another identity.";
}
