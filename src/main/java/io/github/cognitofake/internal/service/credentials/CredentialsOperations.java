package io.github.cognitofake.internal.service.credentials;

import static io.github.cognitofake.operation.Operation.GET_CREDENTIALS_FOR_IDENTITY;

import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** GetCredentialsForIdentity. */
public final class CredentialsOperations implements OperationFamily {

    private static final Set<Operation> OPERATIONS =
            Collections.unmodifiableSet(EnumSet.of(GET_CREDENTIALS_FOR_IDENTITY));

    private final CredentialsService credentials;

    public CredentialsOperations(
            IdentityService identities, PrincipalTagService principalTags, CredentialsIssuer issuer) {
        this.credentials = new CredentialsService(identities, principalTags, issuer);
    }

    @Override
    public Set<Operation> operations() {
        return OPERATIONS;
    }

    @Override
    public OperationHandler<?> handler(Operation operation) {
        return switch (operation) {
            case GET_CREDENTIALS_FOR_IDENTITY ->
                OperationHandler.of(GetCredentialsForIdentityInput.class, credentials::getCredentials);
            default -> throw OperationFamily.notOurs(this, operation);
        };
    }
}
