package io.github.cognitofake.internal.service.developer;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;

/** The messages of the developer-authenticated identity operations. docs/fidelity.md gives each its evidence. */
final class DeveloperTexts {

    private DeveloperTexts() {}

    /**
     * The text is seen (danilop/LambdAuth#32; no final period). The code NotAuthorizedException and the triggers
     * are ours: a Logins key of GetOpenIdTokenForDeveloperIdentity that is neither the pool's DeveloperProviderName
     * nor a provider the pool has, and a DeveloperProviderName of Merge/UnlinkDeveloperIdentity that is not the
     * pool's.
     */
    @Behaviour(id = "developer.unsupported-provider-text", status = CONFIRMED)
    @Behaviour(id = "developer.unsupported-provider-trigger", status = UNCONFIRMED)
    static final String UNSUPPORTED_DEVELOPER_PROVIDER =
            "This identity pool does not support the specified developer provider";

    /**
     * The model documents it (the {@code message} member of DeveloperUserAlreadyRegisteredException): the developer
     * user is linked to another identity than the IdentityId of GetOpenIdTokenForDeveloperIdentity.
     */
    @Behaviour(id = "developer.user-already-registered", status = CONFIRMED)
    static final String DEVELOPER_USER_ALREADY_REGISTERED =
            "This developer user identifier is already registered with Cognito.";

    /** InvalidParameterException: LookupDeveloperIdentity without either value. */
    @Behaviour(id = "developer.lookup-needs-identity-or-user", status = UNCONFIRMED)
    static final String LOOKUP_NEEDS_IDENTITY_OR_USER =
            "Either IdentityId or DeveloperUserIdentifier must be specified.";

    /** ResourceNotFoundException; the identifier is not echoed, as it is often an e-mail address. */
    @Behaviour(id = "developer.user-not-found", status = UNCONFIRMED)
    static final String DEVELOPER_USER_NOT_FOUND = "DeveloperUserIdentifier not found.";

    /** ResourceConflictException (the code is documented for LookupDeveloperIdentity; the text is ours). */
    @Behaviour(id = "developer.user-not-of-identity", status = UNCONFIRMED)
    static String developerUserNotOfIdentity(String identityId) {
        return "DeveloperUserIdentifier is not linked to Identity '" + identityId + "'.";
    }

    /**
     * InvalidParameterException (LimitExceededException is not modeled for MergeDeveloperIdentities), when the two
     * identities together have more than {@code DeveloperIdentityService.MAX_LINKED_LOGINS} linked logins.
     */
    @Behaviour(id = "developer.too-many-linked-logins", status = UNCONFIRMED)
    static String tooManyLinkedLogins(int count) {
        return "The source and destination identities together have " + count + " linked logins; at most "
                + DeveloperIdentityService.MAX_LINKED_LOGINS + " are allowed.";
    }

    /** ResourceConflictException (the API reference says only "an exception will be thrown"). */
    @Behaviour(id = "developer.merge-provider-conflict", status = UNCONFIRMED)
    static String mergeProviderConflict(String providerName) {
        return "The source and destination identities have different users of provider " + providerName + ".";
    }
}
