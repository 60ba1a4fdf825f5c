package io.github.cognitofake.internal.service.developer;

import static io.github.cognitofake.operation.Operation.GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY;
import static io.github.cognitofake.operation.Operation.LOOKUP_DEVELOPER_IDENTITY;
import static io.github.cognitofake.operation.Operation.MERGE_DEVELOPER_IDENTITIES;
import static io.github.cognitofake.operation.Operation.UNLINK_DEVELOPER_IDENTITY;

import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GetOpenIdTokenForDeveloperIdentity, LookupDeveloperIdentity, MergeDeveloperIdentities,
 * UnlinkDeveloperIdentity.
 */
public final class DeveloperOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(
            GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY,
            LOOKUP_DEVELOPER_IDENTITY,
            MERGE_DEVELOPER_IDENTITIES,
            UNLINK_DEVELOPER_IDENTITY));

    private final DeveloperIdentityService developers;

    /** @param newIdentityIds the ids of identities a developer user gets on first sight */
    public DeveloperOperations(IdentityService identities, Supplier<String> newIdentityIds) {
        this.developers = new DeveloperIdentityService(identities, newIdentityIds);
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY ->
                OperationHandler.of(GetOpenIdTokenForDeveloperIdentityInput.class, developers::getOpenIdToken);
            case LOOKUP_DEVELOPER_IDENTITY ->
                OperationHandler.of(LookupDeveloperIdentityInput.class, developers::lookup);
            case MERGE_DEVELOPER_IDENTITIES ->
                OperationHandler.of(MergeDeveloperIdentitiesInput.class, developers::merge);
            case UNLINK_DEVELOPER_IDENTITY ->
                OperationHandler.returningNothing(UnlinkDeveloperIdentityInput.class, developers::unlink);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
