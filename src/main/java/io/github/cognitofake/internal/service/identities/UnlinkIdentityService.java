package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.internal.state.StoredPool;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * UnlinkIdentity: an identity, authenticated by one of its own logins, gives up the logins of some providers.
 * An unlinked login belongs to no identity, so a later GetId with it makes a new one; an identity that loses
 * its last login is disabled ("Removing the last linked login will make this identity inaccessible").
 */
public final class UnlinkIdentityService {

    private final PoolStore store;
    private final IdentityService identities;

    public UnlinkIdentityService(PoolStore store, IdentityService identities) {
        this.store = store;
        this.identities = identities;
    }

    /**
     * Checks, in this order: the identity exists; every login verifies ({@link LoginVerifier}); then, atomically
     * with every other change of the pool's identities: the identity is enabled, no login belongs to another
     * identity (ResourceConflictException), at least one login is the identity's own
     * ({@link IdentityTexts#LOGINS_DO_NOT_MATCH}). Logins linked to nobody are ignored, and so are providers in
     * LoginsToRemove the identity has no login of. A refused
     * call changes nothing.
     */
    @Behaviour(id = "identities.unlink-last-login-disables", status = CONFIRMED)
    @Behaviour(id = "identities.unlink-caller", status = UNCONFIRMED)
    @Behaviour(id = "identities.unlink-ignores-what-is-not-linked", status = UNCONFIRMED)
    @Behaviour(id = "identities.unlink-check-order", status = UNCONFIRMED)
    public void unlink(UnlinkIdentityInput input) {
        String identityId = input.identityId();
        StoredPool pool =
                store.poolOfIdentity(identityId).orElseThrow(() -> IdentityService.identityNotFound(identityId));
        Instant now = identities.now();
        Map<String, String> logins = input.logins() == null ? Map.of() : input.logins();
        List<VerifiedLogin> verified = LoginVerifier.verify(pool.pool(), logins, now);
        List<String> toRemove = input.loginsToRemove() == null ? List.of() : input.loginsToRemove();
        pool.identities()
                .change(changes -> {
                    Identity identity =
                            changes.find(identityId).orElseThrow(() -> IdentityService.identityNotFound(identityId));
                    IdentityService.requireEnabled(identity);
                    boolean authenticated = false;
                    for (VerifiedLogin login : verified) {
                        Optional<Identity> owner = IdentityService.ownerOf(changes, login);
                        if (owner.isEmpty()) {
                            continue;
                        }
                        if (!owner.get().identityId().equals(identityId)) {
                            throw IdentityService.conflict();
                        }
                        authenticated = true;
                    }
                    if (!authenticated) {
                        throw ServiceError.notAuthorized(IdentityTexts.LOGINS_DO_NOT_MATCH);
                    }
                    Identity remaining = changes.unlink(identityId, toRemove, now);
                    boolean lostTheLastLogin = identity.isAuthenticated() && !remaining.isAuthenticated();
                    if (lostTheLastLogin) {
                        changes.setDisabled(identityId, true, now);
                    }
                    return remaining;
                })
                .orElseThrow(() -> IdentityService.identityNotFound(identityId));
    }
}
