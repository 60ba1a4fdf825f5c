package io.github.cognitofake.internal.service.identities;

import io.github.cognitofake.internal.service.common.Fidelity;
import io.github.cognitofake.internal.state.PoolStore;
import java.util.List;

/**
 * DeleteIdentities: deletes identities of any pool of the fake, each atomically with the other changes of its
 * pool (its logins are freed at once, so a later GetId with them makes a new identity). Ids of no identity
 * are skipped; see {@link Fidelity.Choice#DELETE_IDENTITIES_SKIPS_UNKNOWN_IDS}.
 */
public final class DeleteIdentitiesService {

    private final PoolStore store;

    public DeleteIdentitiesService(PoolStore store) {
        this.store = store;
    }

    /** DeleteIdentities; the answer's UnprocessedIdentityIds is always empty. */
    public DeleteIdentitiesOutput delete(DeleteIdentitiesInput input) {
        for (String identityId : input.identityIdsToDelete()) {
            // A pool deleted meanwhile took the identity with it: nothing is left to do then.
            store.poolOfIdentity(identityId).ifPresent(pool -> pool.identities().change(c -> c.delete(identityId)));
        }
        return new DeleteIdentitiesOutput(List.of());
    }
}
