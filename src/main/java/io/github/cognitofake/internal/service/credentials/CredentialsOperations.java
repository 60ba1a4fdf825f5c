package io.github.cognitofake.internal.service.credentials;

import static io.github.cognitofake.operation.Operation.GET_CREDENTIALS_FOR_IDENTITY;

import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;

/** GetCredentialsForIdentity. */
public final class CredentialsOperations implements OperationFamily {

    private final CredentialsService credentials;

    public CredentialsOperations(
            IdentityService identities, PrincipalTagService principalTags, CredentialsIssuer issuer) {
        this.credentials = new CredentialsService(identities, principalTags, issuer);
    }

    @Override
    public void register(HandlerTable table) {
        table.put(
                GET_CREDENTIALS_FOR_IDENTITY,
                OperationHandler.of(GetCredentialsForIdentityInput.class, credentials::getCredentials));
    }
}
