package io.github.cognitofake.internal.service;

import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.credentials.CredentialsIssuer;
import io.github.cognitofake.internal.service.credentials.CredentialsService;
import io.github.cognitofake.internal.service.credentials.GetCredentialsForIdentityInput;
import io.github.cognitofake.internal.service.developer.DeveloperIdentityService;
import io.github.cognitofake.internal.service.developer.GetOpenIdTokenForDeveloperIdentityInput;
import io.github.cognitofake.internal.service.developer.LookupDeveloperIdentityInput;
import io.github.cognitofake.internal.service.developer.MergeDeveloperIdentitiesInput;
import io.github.cognitofake.internal.service.developer.UnlinkDeveloperIdentityInput;
import io.github.cognitofake.internal.service.identities.DeleteIdentitiesInput;
import io.github.cognitofake.internal.service.identities.DeleteIdentitiesService;
import io.github.cognitofake.internal.service.identities.GetIdInput;
import io.github.cognitofake.internal.service.identities.IdentityIdInput;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.identities.ListIdentitiesInput;
import io.github.cognitofake.internal.service.identities.UnlinkIdentityInput;
import io.github.cognitofake.internal.service.identities.UnlinkIdentityService;
import io.github.cognitofake.internal.service.openid.GetOpenIdTokenInput;
import io.github.cognitofake.internal.service.openid.OpenIdTokenService;
import io.github.cognitofake.internal.service.pools.IdentityPoolService;
import io.github.cognitofake.internal.service.pools.ListIdentityPoolsInput;
import io.github.cognitofake.internal.service.pools.PoolIdInput;
import io.github.cognitofake.internal.service.pools.PoolInput;
import io.github.cognitofake.internal.service.principaltags.GetPrincipalTagAttributeMapInput;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;
import io.github.cognitofake.internal.service.principaltags.SetPrincipalTagAttributeMapInput;
import io.github.cognitofake.internal.service.roles.RoleService;
import io.github.cognitofake.internal.service.roles.SetIdentityPoolRolesInput;
import io.github.cognitofake.internal.service.tags.ResourceArnInput;
import io.github.cognitofake.internal.service.tags.TagResourceInput;
import io.github.cognitofake.internal.service.tags.TagService;
import io.github.cognitofake.internal.service.tags.UntagResourceInput;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.operation.Operation;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The service behind the wire: the state of one fake and the operations built on it. The wire layer
 * asks it for the handler of an operation after the input passed the model's checks.
 */
public final class CognitoIdentityService {

    private final PoolStore pools = new PoolStore();
    private final Map<Operation, OperationHandler<?>> handlers = new EnumMap<>(Operation.class);
    private final IdSource ids;
    private final IdentityPoolService poolService;
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
        this.ids = ids;
        this.credentials = new CredentialsIssuer(ids.derived("credentials"), clock);
        this.poolService = new IdentityPoolService(pools, ids, home.region());
        this.identityService = new IdentityService(pools, ids, home.region(), home.accountId(), clock);
        RoleService roleService = new RoleService(pools);
        TagService tagService = new TagService(pools, home);
        this.principalTagService = new PrincipalTagService(pools);

        handlers.put(
                Operation.CREATE_IDENTITY_POOL, OperationHandler.withContext(PoolInput.class, poolService::create));
        handlers.put(Operation.DESCRIBE_IDENTITY_POOL, OperationHandler.of(PoolIdInput.class, poolService::describe));
        handlers.put(Operation.UPDATE_IDENTITY_POOL, OperationHandler.of(PoolInput.class, poolService::update));
        handlers.put(
                Operation.DELETE_IDENTITY_POOL,
                OperationHandler.returningNothing(PoolIdInput.class, poolService::delete));
        handlers.put(
                Operation.LIST_IDENTITY_POOLS, OperationHandler.of(ListIdentityPoolsInput.class, poolService::list));
        handlers.put(
                Operation.SET_IDENTITY_POOL_ROLES,
                OperationHandler.returningNothing(SetIdentityPoolRolesInput.class, roleService::set));
        handlers.put(Operation.GET_IDENTITY_POOL_ROLES, OperationHandler.of(PoolIdInput.class, roleService::get));
        handlers.put(
                Operation.TAG_RESOURCE, OperationHandler.returningNothing(TagResourceInput.class, tagService::tag));
        handlers.put(
                Operation.UNTAG_RESOURCE,
                OperationHandler.returningNothing(UntagResourceInput.class, tagService::untag));
        handlers.put(Operation.LIST_TAGS_FOR_RESOURCE, OperationHandler.of(ResourceArnInput.class, tagService::list));
        handlers.put(
                Operation.SET_PRINCIPAL_TAG_ATTRIBUTE_MAP,
                OperationHandler.of(SetPrincipalTagAttributeMapInput.class, principalTagService::set));
        handlers.put(
                Operation.GET_PRINCIPAL_TAG_ATTRIBUTE_MAP,
                OperationHandler.of(GetPrincipalTagAttributeMapInput.class, principalTagService::get));
        handlers.put(Operation.GET_ID, OperationHandler.of(GetIdInput.class, identityService::getId));
        handlers.put(
                Operation.DESCRIBE_IDENTITY, OperationHandler.of(IdentityIdInput.class, identityService::describe));
        handlers.put(Operation.LIST_IDENTITIES, OperationHandler.of(ListIdentitiesInput.class, identityService::list));
        DeveloperIdentityService developerIdentities =
                new DeveloperIdentityService(identityService, () -> home.region() + ":" + ids.uuid());
        handlers.put(
                Operation.GET_OPEN_ID_TOKEN_FOR_DEVELOPER_IDENTITY,
                OperationHandler.of(
                        GetOpenIdTokenForDeveloperIdentityInput.class, developerIdentities::getOpenIdToken));
        handlers.put(
                Operation.LOOKUP_DEVELOPER_IDENTITY,
                OperationHandler.of(LookupDeveloperIdentityInput.class, developerIdentities::lookup));
        handlers.put(
                Operation.MERGE_DEVELOPER_IDENTITIES,
                OperationHandler.of(MergeDeveloperIdentitiesInput.class, developerIdentities::merge));
        handlers.put(
                Operation.UNLINK_DEVELOPER_IDENTITY,
                OperationHandler.returningNothing(UnlinkDeveloperIdentityInput.class, developerIdentities::unlink));
        CredentialsService credentialsService =
                new CredentialsService(identityService, principalTagService, credentials);
        handlers.put(
                Operation.GET_CREDENTIALS_FOR_IDENTITY,
                OperationHandler.of(GetCredentialsForIdentityInput.class, credentialsService::getCredentials));
        OpenIdTokenService openIdTokens = new OpenIdTokenService(identityService, principalTagService, home);
        handlers.put(
                Operation.GET_OPEN_ID_TOKEN,
                OperationHandler.of(GetOpenIdTokenInput.class, openIdTokens::getOpenIdToken));
        handlers.put(
                Operation.UNLINK_IDENTITY,
                OperationHandler.returningNothing(
                        UnlinkIdentityInput.class, new UnlinkIdentityService(pools, identityService)::unlink));
        handlers.put(
                Operation.DELETE_IDENTITIES,
                OperationHandler.of(DeleteIdentitiesInput.class, new DeleteIdentitiesService(pools)::delete));
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
