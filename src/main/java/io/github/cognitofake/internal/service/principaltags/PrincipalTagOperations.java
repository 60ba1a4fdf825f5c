package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.operation.Operation.GET_PRINCIPAL_TAG_ATTRIBUTE_MAP;
import static io.github.cognitofake.operation.Operation.SET_PRINCIPAL_TAG_ATTRIBUTE_MAP;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;

/** SetPrincipalTagAttributeMap, GetPrincipalTagAttributeMap. */
public final class PrincipalTagOperations implements OperationFamily {

    private final PrincipalTagService principalTags;

    public PrincipalTagOperations(PrincipalTagService principalTags) {
        this.principalTags = principalTags;
    }

    @Override
    public void register(HandlerTable table) {
        table.put(
                        SET_PRINCIPAL_TAG_ATTRIBUTE_MAP,
                        OperationHandler.of(SetPrincipalTagAttributeMapInput.class, principalTags::set))
                .put(
                        GET_PRINCIPAL_TAG_ATTRIBUTE_MAP,
                        OperationHandler.of(GetPrincipalTagAttributeMapInput.class, principalTags::get));
    }
}
