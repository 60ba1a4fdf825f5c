package io.github.cognitofake.internal.service.identities;

import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.internal.state.StoredPool;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link IdentityService#resolve}: whom a GetCredentialsForIdentity or GetOpenIdToken call
 * is for, and with which verified logins.
 *
 * @param pool the identity's pool (configuration and roles) as it was right after the resolution
 * @param identity the identity the call answers for, after the call's new logins were linked; not the
 *     requested one when that was merged into the owner of one of the call's logins (see
 *     {@code mergedGuestIdentityId})
 * @param logins the verified logins of the request, in request order; empty for a guest call
 * @param mergedGuestIdentityId the requested identity (a guest, or an authenticated identity called with one of
 *     its own logins) when it was merged into {@code identity} (and disabled), else empty
 */
public record ResolvedIdentity(
        StoredPool pool, Identity identity, List<VerifiedLogin> logins, Optional<String> mergedGuestIdentityId) {

    public ResolvedIdentity {
        logins = List.copyOf(logins);
    }

    /** Whether the call brought logins (authenticated role) rather than none (unauthenticated role). */
    public boolean authenticated() {
        return !logins.isEmpty();
    }
}
