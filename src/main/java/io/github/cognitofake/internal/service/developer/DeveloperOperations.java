package io.github.cognitofake.internal.service.developer;

import static io.github.cognitofake.operation.Operation.GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY;
import static io.github.cognitofake.operation.Operation.LOOKUP_DEVELOPER_IDENTITY;
import static io.github.cognitofake.operation.Operation.MERGE_DEVELOPER_IDENTITIES;
import static io.github.cognitofake.operation.Operation.UNLINK_DEVELOPER_IDENTITY;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.identities.IdentityService;
import java.util.function.Supplier;

/**
 * GetOpenIdTokenForDeveloperIdentity, LookupDeveloperIdentity, MergeDeveloperIdentities,
 * UnlinkDeveloperIdentity.
 */
public final class DeveloperOperations implements OperationFamily {

    private final DeveloperIdentityService developers;

    /** @param newIdentityIds the ids of identities a developer user gets on first sight */
    public DeveloperOperations(IdentityService identities, Supplier<String> newIdentityIds) {
        this.developers = new DeveloperIdentityService(identities, newIdentityIds);
    }

    @Override
    public void register(HandlerTable table) {
        table.put(
                        GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY,
                        OperationHandler.of(GetOpenIdTokenForDeveloperIdentityInput.class, developers::getOpenIdToken))
                .put(
                        LOOKUP_DEVELOPER_IDENTITY,
                        OperationHandler.of(LookupDeveloperIdentityInput.class, developers::lookup))
                .put(
                        MERGE_DEVELOPER_IDENTITIES,
                        OperationHandler.of(MergeDeveloperIdentitiesInput.class, developers::merge))
                .put(
                        UNLINK_DEVELOPER_IDENTITY,
                        OperationHandler.returningNothing(UnlinkDeveloperIdentityInput.class, developers::unlink));
    }
}
