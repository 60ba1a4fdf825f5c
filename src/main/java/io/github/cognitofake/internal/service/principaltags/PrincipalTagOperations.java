package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.operation.Operation.GET_PRINCIPAL_TAG_ATTRIBUTE_MAP;
import static io.github.cognitofake.operation.Operation.SET_PRINCIPAL_TAG_ATTRIBUTE_MAP;

import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** SetPrincipalTagAttributeMap, GetPrincipalTagAttributeMap. */
public final class PrincipalTagOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS =
            Collections.unmodifiableSet(EnumSet.of(SET_PRINCIPAL_TAG_ATTRIBUTE_MAP, GET_PRINCIPAL_TAG_ATTRIBUTE_MAP));

    private final PrincipalTagService principalTags;

    public PrincipalTagOperations(PrincipalTagService principalTags) {
        this.principalTags = principalTags;
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case SET_PRINCIPAL_TAG_ATTRIBUTE_MAP ->
                OperationHandler.of(SetPrincipalTagAttributeMapInput.class, principalTags::set);
            case GET_PRINCIPAL_TAG_ATTRIBUTE_MAP ->
                OperationHandler.of(GetPrincipalTagAttributeMapInput.class, principalTags::get);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
