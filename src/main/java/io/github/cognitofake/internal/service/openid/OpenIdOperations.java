package io.github.cognitofake.internal.service.openid;

import static io.github.cognitofake.operation.Operation.GET_OPEN_ID_TOKEN;

import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** GetOpenIdToken. */
public final class OpenIdOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(GET_OPEN_ID_TOKEN));

    private final OpenIdTokenService tokens;

    public OpenIdOperations(IdentityService identities, PrincipalTagService principalTags, AccountRegion home) {
        this.tokens = new OpenIdTokenService(identities, principalTags, home);
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case GET_OPEN_ID_TOKEN -> OperationHandler.of(GetOpenIdTokenInput.class, tokens::getOpenIdToken);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
