package io.github.cognitofake.internal.service.openid;

import static io.github.cognitofake.operation.Operation.GET_OPEN_ID_TOKEN;

import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;

/** GetOpenIdToken. */
public final class OpenIdOperations implements OperationFamily {

    private final OpenIdTokenService tokens;

    public OpenIdOperations(IdentityService identities, PrincipalTagService principalTags, AccountRegion home) {
        this.tokens = new OpenIdTokenService(identities, principalTags, home);
    }

    @Override
    public void register(HandlerTable table) {
        table.put(GET_OPEN_ID_TOKEN, OperationHandler.of(GetOpenIdTokenInput.class, tokens::getOpenIdToken));
    }
}
