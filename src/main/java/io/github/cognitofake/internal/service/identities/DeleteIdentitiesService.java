package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.state.PoolStore;
import java.util.List;

/**
 * DeleteIdentities: deletes identities of any pool of the fake, each atomically with the other changes of its
 * pool (its logins are freed at once, so a later GetId with them makes a new identity). Ids of no identity
 * are skipped.
 */
public final class DeleteIdentitiesService {

    private final PoolStore store;

    public DeleteIdentitiesService(PoolStore store) {
        this.store = store;
    }

    /** DeleteIdentities; the answer's UnprocessedIdentityIds is always empty. */
    @Behaviour(id = "identities.delete-output", status = CONFIRMED)
    @Behaviour(id = "identities.delete-skips-unknown-ids", status = UNCONFIRMED)
    @Behaviour(id = "identities.delete-across-pools", status = UNCONFIRMED)
    public DeleteIdentitiesOutput delete(DeleteIdentitiesInput input) {
        for (String identityId : input.identityIdsToDelete()) {
            // A pool deleted meanwhile took the identity with it: nothing is left to do then.
            store.poolOfIdentity(identityId).ifPresent(pool -> pool.identities().change(c -> c.delete(identityId)));
        }
        return new DeleteIdentitiesOutput(List.of());
    }
}
