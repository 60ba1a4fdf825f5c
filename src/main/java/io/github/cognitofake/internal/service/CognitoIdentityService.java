package io.github.cognitofake.internal.service;

import io.github.cognitofake.Operation;
import io.github.cognitofake.internal.state.PoolStore;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The service behind the wire: the state of one fake and the operations built on it. The wire layer
 * asks it for the handler of an operation after the input passed the model's checks.
 */
public final class CognitoIdentityService {

    private final PoolStore pools = new PoolStore();
    private final Map<Operation, OperationHandler<?>> handlers = new EnumMap<>(Operation.class);
    private final IdSource ids;
    private final IdentityPoolService poolService;
    private final IdentityService identityService;

    /** A service for the default account, on the system clock. */
    public CognitoIdentityService(String region, IdSource ids) {
        this(region, "123456789012", ids, InstantSource.system());
    }

    /**
     * @param accountId the fake's account, which GetId's AccountId must name
     * @param clock the fake's time: token expiry, identity dates
     */
    public CognitoIdentityService(String region, String accountId, IdSource ids, InstantSource clock) {
        this.ids = ids;
        this.poolService = new IdentityPoolService(pools, ids, region);
        this.identityService = new IdentityService(pools, ids, region, accountId, clock);
        RoleService roleService = new RoleService(pools);

        handlers.put(Operation.CREATE_IDENTITY_POOL, OperationHandler.of(PoolInput.class, poolService::create));
        handlers.put(Operation.DESCRIBE_IDENTITY_POOL, OperationHandler.of(PoolIdInput.class, poolService::describe));
        handlers.put(Operation.UPDATE_IDENTITY_POOL, OperationHandler.of(PoolInput.class, poolService::update));
        handlers.put(Operation.DELETE_IDENTITY_POOL,
                OperationHandler.returningNothing(PoolIdInput.class, poolService::delete));
        handlers.put(Operation.LIST_IDENTITY_POOLS,
                OperationHandler.of(ListIdentityPoolsInput.class, poolService::list));
        handlers.put(Operation.SET_IDENTITY_POOL_ROLES,
                OperationHandler.returningNothing(SetIdentityPoolRolesInput.class, roleService::set));
        handlers.put(Operation.GET_IDENTITY_POOL_ROLES, OperationHandler.of(PoolIdInput.class, roleService::get));
        handlers.put(Operation.GET_ID, OperationHandler.of(GetIdInput.class, identityService::getId));
        handlers.put(Operation.DESCRIBE_IDENTITY,
                OperationHandler.of(IdentityIdInput.class, identityService::describe));
        handlers.put(Operation.LIST_IDENTITIES,
                OperationHandler.of(ListIdentitiesInput.class, identityService::list));
    }

    /** The handler of an operation, or empty while the fake does not implement it. */
    public Optional<OperationHandler<?>> handler(Operation operation) {
        return Optional.ofNullable(handlers.get(operation));
    }

    /** The identity rules, for the operations that act for an identity. */
    public IdentityService identities() {
        return identityService;
    }

    public PoolStore pools() {
        return pools;
    }

    /** Pool creation with a chosen id, for seeding: see {@link IdentityPoolService#creatingWithId}. */
    public <T> T creatingPoolWithId(String id, Supplier<T> creation) {
        return poolService.creatingWithId(id, creation);
    }

    /** Forgets every resource and restarts a seeded id sequence, so the fake behaves as if new. */
    public void reset() {
        pools.clear();
        ids.restart();
    }
}
