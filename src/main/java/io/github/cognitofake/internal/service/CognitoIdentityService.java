package io.github.cognitofake.internal.service;

import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.HandlerTable;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.OperationFamily;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.credentials.CredentialsIssuer;
import io.github.cognitofake.internal.service.credentials.CredentialsOperations;
import io.github.cognitofake.internal.service.developer.DeveloperOperations;
import io.github.cognitofake.internal.service.identities.IdentityOperations;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.openid.OpenIdOperations;
import io.github.cognitofake.internal.service.pools.IdentityPoolService;
import io.github.cognitofake.internal.service.pools.PoolOperations;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagOperations;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;
import io.github.cognitofake.internal.service.roles.RoleOperations;
import io.github.cognitofake.internal.service.tags.TagOperations;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.operation.Operation;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * The service behind the protocol: the state of one fake, and the operation families built on it, each
 * registering its own operations. The protocol asks it for the handler of an operation after the input
 * passed the model's checks.
 */
public final class CognitoIdentityService {

    private final PoolStore pools = new PoolStore();
    private final HandlerTable handlers = new HandlerTable();
    private final List<OperationFamily> families;
    private final IdSource ids;
    private final PrincipalTagService principalTagService;
    private final CredentialsIssuer credentials;
    private final IdentityService identityService;

    /** A service of the default account in a region of the {@code aws} partition, on the system clock. */
    public CognitoIdentityService(String region, IdSource ids) {
        this(AccountRegion.inRegion(region), ids, InstantSource.system());
    }

    /**
     * A service of one account in one region: pool ids start with the region, pool ARNs name both.
     *
     * @param clock the fake's time: token expiry, identity dates, credential expiration
     */
    public CognitoIdentityService(AccountRegion home, IdSource ids, InstantSource clock) {
        this(home, ids, clock, CredentialsIssuer.DEFAULT_LEDGER_LIMIT);
    }

    /**
     * @param clock the fake's time: token expiry, identity dates, credential expiration
     * @param issuedCredentialsLimit how many of the latest issued credentials are kept for the test to ask about
     */
    public CognitoIdentityService(AccountRegion home, IdSource ids, InstantSource clock, int issuedCredentialsLimit) {
        this.ids = ids;
        this.credentials = new CredentialsIssuer(ids.derived("credentials"), clock, issuedCredentialsLimit);
        this.identityService = new IdentityService(pools, ids, home.region(), home.accountId(), clock);
        this.principalTagService = new PrincipalTagService(pools);
        this.families = List.of(
                new PoolOperations(new IdentityPoolService(pools, ids, home.region())),
                new RoleOperations(pools),
                new TagOperations(pools, home),
                new PrincipalTagOperations(principalTagService),
                new IdentityOperations(pools, identityService),
                new DeveloperOperations(identityService, () -> home.region() + ":" + ids.uuid()),
                new OpenIdOperations(identityService, principalTagService, home),
                new CredentialsOperations(identityService, principalTagService, credentials));
        families.forEach(handlers::register);
    }

    /** The operation families, for the project's own tests of their handlers. */
    public List<OperationFamily> families() {
        return families;
    }

    /** The handler of an operation, or empty while the fake does not implement it. */
    public Optional<OperationHandler<?>> handler(Operation operation) {
        return handlers.handler(operation);
    }

    /** The identity rules, for the operations that act for an identity. */
    public IdentityService identities() {
        return identityService;
    }

    public PoolStore pools() {
        return pools;
    }

    /** Principal tag maps, and which session tags a sign-in gets from them (for the credential operations). */
    public PrincipalTagService principalTags() {
        return principalTagService;
    }

    /** Issues GetCredentialsForIdentity's credentials and remembers the role of each. */
    public CredentialsIssuer credentials() {
        return credentials;
    }

    /** Forgets every resource and restarts a seeded id sequence, so the fake behaves as if new. */
    public void reset() {
        pools.clear();
        ids.restart();
        credentials.reset();
    }
}
