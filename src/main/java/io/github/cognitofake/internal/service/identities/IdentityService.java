package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.PageTokens;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.pools.IdentityPoolService;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.internal.state.Login;
import io.github.cognitofake.internal.state.PoolIdentities;
import io.github.cognitofake.internal.state.PoolStore;
import io.github.cognitofake.internal.state.StoredPool;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * GetId, DescribeIdentity and ListIdentities, and the identity rules the other identity operations share
 * ({@link #resolve}, {@link #createIdentity}, {@link #findByLogin}).
 *
 * <p>Logins are verified by {@link LoginVerifier} before any state is read for change; everything that
 * reads and changes a pool's identities runs inside one {@link PoolIdentities#change}, so two calls with the
 * same login can never create two identities.
 */
public final class IdentityService {

    private final PoolStore store;
    private final IdSource ids;
    private final String region;
    private final String accountId;
    private final InstantSource clock;

    public IdentityService(PoolStore store, IdSource ids, String region, String accountId, InstantSource clock) {
        this.store = store;
        this.ids = ids;
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
    }

    /** The fake's time, for token expiry and dates; tests may set the clock. */
    public Instant now() {
        return clock.instant();
    }

    /** GetId: a new guest identity, or the identity of the logins (created or linked as needed). */
    @Behaviour(id = "identities.get-id-checks-account-id", status = UNCONFIRMED)
    @Behaviour(id = "identities.get-id-returns-disabled", status = UNCONFIRMED)
    public GetIdOutput getId(GetIdInput input) {
        String poolId = input.identityPoolId();
        if (input.accountId() != null && !input.accountId().equals(accountId)) {
            throw IdentityPoolService.notFound(poolId);
        }
        StoredPool pool = existingPool(poolId);
        Map<String, String> logins = input.loginsOrEmpty();
        Instant now = now();
        if (logins.isEmpty()) {
            if (!pool.pool().allowUnauthenticatedIdentities()) {
                throw ServiceError.notAuthorized(IdentityTexts.UNAUTHENTICATED_NOT_SUPPORTED);
            }
            return new GetIdOutput(changing(pool, changes -> changes.create(this::newId, Map.of(), now))
                    .identityId());
        }
        List<VerifiedLogin> verified = LoginVerifier.verifyForGetId(pool.pool(), logins, now);
        Identity identity = changing(pool, changes -> {
            Set<Identity> owners = new LinkedHashSet<>();
            for (VerifiedLogin login : verified) {
                ownerOf(changes, login).ifPresent(owners::add);
            }
            if (owners.size() > 1) {
                throw conflict();
            }
            if (owners.isEmpty()) {
                return changes.create(this::newId, storedLogins(verified), now);
            }
            Identity owner = owners.iterator().next();
            return link(changes, owner, unlinkedLogins(owner, verified), now);
        });
        return new GetIdOutput(identity.identityId());
    }

    /** DescribeIdentity. */
    public IdentityDescription describe(IdentityIdInput input) {
        return IdentityDescription.of(
                store.findIdentity(input.identityId()).orElseThrow(() -> identityNotFound(input.identityId())));
    }

    /** ListIdentities: creation order; the NextToken names the last identity of the page. */
    @Behaviour(id = "identities.invalid-pagination-token", status = UNCONFIRMED)
    @Behaviour(id = "identities.list-order", status = UNCONFIRMED)
    public ListIdentitiesOutput list(ListIdentitiesInput input) {
        String poolId = input.identityPoolId();
        StoredPool pool = existingPool(poolId);
        PageTokens tokens = new PageTokens("ListIdentities/" + poolId);
        long after = 0;
        if (input.nextToken() != null) {
            after = tokens.decode(input.nextToken())
                    .orElseThrow(() -> ServiceError.invalidParameter(PageTokens.INVALID_TOKEN));
        }
        PoolIdentities.Page page =
                pool.identities().page(after, input.maxResults(), Boolean.TRUE.equals(input.hideDisabled()));
        List<IdentityDescription> descriptions =
                page.identities().stream().map(IdentityDescription::of).toList();
        String next = page.more()
                ? tokens.encode(
                        page.identities().get(page.identities().size() - 1).sequence())
                : null;
        return new ListIdentitiesOutput(poolId, descriptions, next);
    }

    // ---- For the operations that act for an identity ----------------------------------------------

    /**
     * Whom a call for {@code identityId} with these {@code logins} is for, applying the identity rules in
     * this order: the identity exists (ResourceNotFoundException {@code Identity '<id>' not found.}); every
     * login verifies against its pool ({@link LoginVerifier}); then, atomically with every other change of
     * the pool's identities:
     * <ul>
     *   <li>a disabled identity is refused (NotAuthorizedException {@code Access to Identity '<id>' is forbidden.});
     *   <li>no logins: an identity with linked logins is refused as a disabled one is ({@code Access to Identity
     *       '<id>' is forbidden.}), a guest identity needs a pool that allows guests
     *       ({@link IdentityTexts#UNAUTHENTICATED_NOT_SUPPORTED});
     *   <li>logins of one other identity: the identity is merged into that one, the login owner (disabled, its
     *       logins moved; the call answers for the other identity), a guest at once, an authenticated identity
     *       only when the call brings one of its own logins too ({@link IdentityTexts#LOGINS_DO_NOT_MATCH}
     *       otherwise); logins of several identities, or two users of one provider, ResourceConflictException;
     *   <li>an identity with linked logins needs at least one of them in the call
     *       ({@link IdentityTexts#LOGINS_DO_NOT_MATCH}); the call's new logins are then linked to it, as they are to
     *       a guest identity, which so becomes authenticated.
     * </ul>
     * A refused call changes nothing.
     *
     * @param logins the request's Logins; null or empty for a guest call
     */
    public ResolvedIdentity resolve(String identityId, Map<String, String> logins) {
        return resolve(identityId, logins, resolved -> resolved);
    }

    /**
     * {@link #resolve(String, Map)}, with a last word for the operation: {@code decision} sees the outcome
     * before any of it is written (new logins linked, a guest merged) and may still refuse by throwing a
     * {@link ServiceError}, in which case nothing changes. GetCredentialsForIdentity decides its role here,
     * so that a denied role links nothing.
     *
     * <p>{@code decision} runs under the lock of the pool's identities: it must be quick and must not call
     * back into this service.
     *
     * @param decision reads the would-be outcome, whose {@code pool} is the pool's current configuration and
     *     roles; returns what the operation needs, or throws to refuse
     * @return what {@code decision} returned
     */
    @Behaviour(id = "identities.guest-merges-into-login-owner", status = CONFIRMED)
    @Behaviour(id = "identities.logins-do-not-match-trigger", status = UNCONFIRMED)
    public <T> T resolve(String identityId, Map<String, String> logins, Function<ResolvedIdentity, T> decision) {
        StoredPool pool = store.poolOfIdentity(identityId).orElseThrow(() -> identityNotFound(identityId));
        String poolId = pool.pool().identityPoolId();
        Instant now = now();
        List<VerifiedLogin> verified =
                logins == null || logins.isEmpty() ? List.of() : LoginVerifier.verify(pool.pool(), logins, now);
        return pool.identities()
                .change(changes -> {
                    Identity identity = changes.find(identityId).orElseThrow(() -> identityNotFound(identityId));
                    requireEnabled(identity);
                    StoredPool current = store.find(poolId).orElse(pool);
                    if (verified.isEmpty()) {
                        if (identity.isAuthenticated()) {
                            throw noLoginsForAuthenticated(identity);
                        }
                        if (!current.pool().allowUnauthenticatedIdentities()) {
                            throw ServiceError.notAuthorized(IdentityTexts.UNAUTHENTICATED_NOT_SUPPORTED);
                        }
                        return decision.apply(new ResolvedIdentity(current, identity, verified, Optional.empty()));
                    }
                    Set<Identity> others = new LinkedHashSet<>();
                    boolean anyOwn = false;
                    for (VerifiedLogin login : verified) {
                        Optional<Identity> owner = ownerOf(changes, login);
                        if (owner.isPresent() && owner.get().identityId().equals(identityId)) {
                            anyOwn = true;
                        } else {
                            owner.ifPresent(others::add);
                        }
                    }
                    if (!others.isEmpty()) {
                        if (others.size() > 1) {
                            throw conflict();
                        }
                        if (identity.isAuthenticated() && !anyOwn) {
                            throw ServiceError.notAuthorized(IdentityTexts.LOGINS_DO_NOT_MATCH);
                        }
                        Identity target = others.iterator().next();
                        requireEnabled(target);
                        Identity merged = mergedInto(target, identity, now);
                        Map<String, String> toLink = unlinkedLogins(merged, verified);
                        T decided = decision.apply(new ResolvedIdentity(
                                current, withLinked(merged, toLink, now), verified, Optional.of(identityId)));
                        changes.merge(identityId, target.identityId(), now);
                        link(changes, merged, toLink, now);
                        return decided;
                    }
                    if (identity.isAuthenticated() && !anyOwn) {
                        throw ServiceError.notAuthorized(IdentityTexts.LOGINS_DO_NOT_MATCH);
                    }
                    Map<String, String> toLink = unlinkedLogins(identity, verified);
                    T decided = decision.apply(new ResolvedIdentity(
                            current, withLinked(identity, toLink, now), verified, Optional.empty()));
                    link(changes, identity, toLink, now);
                    return decided;
                })
                .orElseThrow(() -> identityNotFound(identityId));
    }

    /**
     * A new identity in a pool with these logins (provider → user identifier), for developer-authenticated
     * identities.
     *
     * @throws ServiceError ResourceNotFoundException for an unknown pool, ResourceConflictException when a
     *     login is linked already (nothing is created then)
     */
    public Identity createIdentity(String identityPoolId, Map<String, String> logins) {
        StoredPool pool = existingPool(identityPoolId);
        Instant now = now();
        return changing(pool, changes -> {
            for (Map.Entry<String, String> login : logins.entrySet()) {
                if (changes.owner(new Login(login.getKey(), login.getValue())).isPresent()) {
                    throw conflict();
                }
            }
            return changes.create(this::newId, logins, now);
        });
    }

    /** The identity of a pool a login is linked to; empty for an unknown pool or an unlinked login. */
    public Optional<Identity> findByLogin(String identityPoolId, String providerName, String userIdentifier) {
        return store.find(identityPoolId)
                .flatMap(pool -> pool.identities().change(c -> c.owner(new Login(providerName, userIdentifier))))
                .flatMap(owner -> owner);
    }

    /** The pool of an identity, or ResourceNotFoundException {@code Identity '<id>' not found.}. */
    public StoredPool poolOfIdentity(String identityId) {
        return store.poolOfIdentity(identityId).orElseThrow(() -> identityNotFound(identityId));
    }

    /** The pool, or ResourceNotFoundException {@code IdentityPool '<id>' not found.}. */
    public StoredPool existingPool(String identityPoolId) {
        return store.find(identityPoolId).orElseThrow(() -> IdentityPoolService.notFound(identityPoolId));
    }

    /** ResourceNotFoundException {@code Identity '<id>' not found.}. */
    public static ServiceError identityNotFound(String identityId) {
        return ServiceError.resourceNotFound(IdentityTexts.identityNotFound(identityId));
    }

    /** NotAuthorizedException {@code Access to Identity '<id>' is forbidden.} when the identity is disabled. */
    public static void requireEnabled(Identity identity) {
        if (identity.disabled()) {
            throw ServiceError.notAuthorized(IdentityTexts.identityForbidden(identity.identityId()));
        }
    }

    // ---- Internals ---------------------------------------------------------------------------------

    private String newId() {
        return region + ":" + ids.uuid();
    }

    /**
     * Runs {@code change} on the pool's identities; ResourceNotFoundException {@code IdentityPool '<id>' not
     * found.} when the pool was deleted meanwhile.
     */
    public static <T> T changing(StoredPool pool, Function<PoolIdentities.Changes, T> change) {
        String poolId = pool.pool().identityPoolId();
        return pool.identities().change(change).orElseThrow(() -> IdentityPoolService.notFound(poolId));
    }

    /**
     * The identity a verified login belongs to: the identity named by a developer token, else the one the
     * login is linked to.
     */
    public static Optional<Identity> ownerOf(PoolIdentities.Changes changes, VerifiedLogin login) {
        if (login.isDeveloperLogin()) {
            return Optional.of(
                    changes.find(login.userIdentifier()).orElseThrow(() -> identityNotFound(login.userIdentifier())));
        }
        return changes.owner(new Login(login.providerName(), login.userIdentifier()));
    }

    /**
     * The logins of a call that {@code identity} does not have yet; a login for a provider the identity has
     * another user of is a conflict.
     */
    public static Map<String, String> unlinkedLogins(Identity identity, List<VerifiedLogin> logins) {
        Map<String, String> toLink = new LinkedHashMap<>();
        for (Map.Entry<String, String> login : storedLogins(logins).entrySet()) {
            String linkedUser = identity.logins().get(login.getKey());
            if (linkedUser == null) {
                toLink.put(login.getKey(), login.getValue());
            } else if (!linkedUser.equals(login.getValue())) {
                throw conflict();
            }
        }
        return toLink;
    }

    /** Links {@code toLink} (from {@link #unlinkedLogins}) to {@code identity}, if there is anything to link. */
    public static Identity link(
            PoolIdentities.Changes changes, Identity identity, Map<String, String> toLink, Instant now) {
        return toLink.isEmpty() ? identity : changes.link(identity.identityId(), toLink, now);
    }

    /**
     * An authenticated identity called without logins: the same answer as for a disabled identity, as the one
     * trace of the case shows (Cognito does not downgrade an identity to a guest).
     */
    @Behaviour(id = "identities.no-logins-for-authenticated-identity", status = REFUTED_AND_FIXED)
    private static ServiceError noLoginsForAuthenticated(Identity identity) {
        return ServiceError.notAuthorized(IdentityTexts.identityForbidden(identity.identityId()));
    }

    /**
     * {@code target} once {@code source} is merged into it, before anything is written: the login owner keeps
     * its own logins and takes the source's (and, when written, its developer users); a provider both have with
     * different users is a conflict.
     */
    @Behaviour(id = "identities.authenticated-identity-merges-into-login-owner", status = REFUTED_AND_FIXED)
    private static Identity mergedInto(Identity target, Identity source, Instant now) {
        Map<String, String> logins = new LinkedHashMap<>(target.logins());
        for (Map.Entry<String, String> login : source.logins().entrySet()) {
            String other = logins.putIfAbsent(login.getKey(), login.getValue());
            if (other != null && !other.equals(login.getValue())) {
                throw conflict();
            }
        }
        return logins.equals(target.logins()) ? target : target.withLogins(logins, now);
    }

    /**
     * The identity as it will be once {@code toLink} is linked to it, before anything is written: a guest given
     * a new login keeps its id and becomes authenticated.
     */
    @Behaviour(id = "identities.guest-upgraded-in-place", status = CONFIRMED)
    private static Identity withLinked(Identity identity, Map<String, String> toLink, Instant now) {
        if (toLink.isEmpty()) {
            return identity;
        }
        Map<String, String> logins = new LinkedHashMap<>(identity.logins());
        logins.putAll(toLink);
        return identity.withLogins(logins, now);
    }

    /** The logins an identity keeps: developer tokens name their identity and are not linked. */
    public static Map<String, String> storedLogins(List<VerifiedLogin> logins) {
        Map<String, String> stored = new LinkedHashMap<>();
        logins.stream()
                .filter(login -> !login.isDeveloperLogin())
                .forEach(login -> stored.put(login.providerName(), login.userIdentifier()));
        return stored;
    }

    /** ResourceConflictException: a login of the call belongs to another identity. */
    public static ServiceError conflict() {
        return ServiceError.resourceConflict(IdentityTexts.LOGIN_LINKED_TO_ANOTHER_IDENTITY);
    }
}
