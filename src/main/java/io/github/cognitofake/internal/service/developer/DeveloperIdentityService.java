package io.github.cognitofake.internal.service.developer;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.PageTokens;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.identities.IdentityTexts;
import io.github.cognitofake.internal.service.identities.LoginVerifier;
import io.github.cognitofake.internal.service.identities.OpenIdTokenIssuer;
import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.internal.state.IdentityPool;
import io.github.cognitofake.internal.state.Login;
import io.github.cognitofake.internal.state.PoolIdentities;
import io.github.cognitofake.internal.state.StoredPool;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Developer-authenticated identities: GetOpenIdTokenForDeveloperIdentity, LookupDeveloperIdentity,
 * MergeDeveloperIdentities and UnlinkDeveloperIdentity.
 *
 * <p>A developer user is the pool's DeveloperProviderName with a DeveloperUserIdentifier; it is linked to an
 * identity like a login, except that one identity may have several of them. Each operation reads and changes a
 * pool's identities inside one {@link PoolIdentities#change}, after checking everything, so a refused call
 * changes nothing and concurrent calls for one developer user see one identity.
 */
@Behaviour(id = "developer.documented-identity-rules", status = CONFIRMED)
@Behaviour(id = "developer.check-order", status = UNCONFIRMED)
public final class DeveloperIdentityService {

    /**
     * TokenDuration's default (model: "If you don't provide an expiration time, the token is valid for 15 minutes").
     */
    @Behaviour(id = "developer.token-duration-default", status = CONFIRMED)
    public static final Duration DEFAULT_TOKEN_DURATION = Duration.ofMinutes(15);

    /** LookupDeveloperIdentity's page size when MaxResults is absent: the model's maximum. */
    static final int DEFAULT_LOOKUP_PAGE_SIZE = 60;

    /** The documented quota of linked logins per identity, which MergeDeveloperIdentities checks. */
    @Behaviour(id = "developer.linked-logins-quota", status = CONFIRMED)
    static final int MAX_LINKED_LOGINS = 20;

    private final IdentityService identities;
    private final Supplier<String> newIdentityIds;

    /**
     * @param identities the identity rules and the fake's clock
     * @param newIdentityIds new identity ids ({@code <region>:<uuid>})
     */
    public DeveloperIdentityService(IdentityService identities, Supplier<String> newIdentityIds) {
        this.identities = identities;
        this.newIdentityIds = newIdentityIds;
    }

    /**
     * GetOpenIdTokenForDeveloperIdentity: the identity of the developer user (created, found, or the given
     * IdentityId with the user linked to it) and an OpenID token for it. The pool's AllowClassicFlow and role
     * mappings do not matter here, though GetOpenIdToken refuses the basic flow for them.
     */
    @Behaviour(id = "developer.token-claims", status = UNCONFIRMED)
    @Behaviour(id = "developer.classic-flow-not-applied", status = CONFIRMED)
    public GetOpenIdTokenForDeveloperIdentityOutput getOpenIdToken(GetOpenIdTokenForDeveloperIdentityInput input) {
        String poolId = input.identityPoolId();
        StoredPool pool = identities.existingPool(poolId);
        Instant now = identities.now();
        SignIn signIn = SignIn.of(pool.pool(), input.loginsOrEmpty(), now);
        Identity identity = IdentityService.changing(
                pool,
                changes -> input.identityId() == null
                        ? findOrCreate(changes, pool.pool(), signIn, now)
                        : linkTo(changes, pool.pool(), input.identityId(), signIn, now));
        Duration lifetime =
                input.tokenDuration() == null ? DEFAULT_TOKEN_DURATION : Duration.ofSeconds(input.tokenDuration());
        String token = OpenIdTokenIssuer.issue(
                poolId, identity.identityId(), signIn.amr(poolId), now, lifetime, input.principalTagsOrEmpty());
        return new GetOpenIdTokenForDeveloperIdentityOutput(identity.identityId(), token);
    }

    /**
     * LookupDeveloperIdentity: the identity of a developer user, or the developer users of an identity (paged),
     * or, given both, whether they belong together.
     */
    @Behaviour(id = "developer.lookup-answers", status = UNCONFIRMED)
    public LookupDeveloperIdentityOutput lookup(LookupDeveloperIdentityInput input) {
        String identityId = input.identityId();
        String user = input.developerUserIdentifier();
        StoredPool pool = identities.existingPool(input.identityPoolId());
        if (identityId == null && user == null) {
            throw ServiceError.invalidParameter(DeveloperTexts.LOOKUP_NEEDS_IDENTITY_OR_USER);
        }
        PageTokens tokens = new PageTokens("LookupDeveloperIdentity/" + identityId);
        long offset = 0;
        if (user == null && input.nextToken() != null) {
            OptionalLong decoded = tokens.decode(input.nextToken());
            offset = decoded.orElseThrow(() -> ServiceError.invalidParameter(PageTokens.INVALID_TOKEN));
        }
        long skip = offset;
        int limit = input.maxResults() == null ? DEFAULT_LOOKUP_PAGE_SIZE : input.maxResults();
        return IdentityService.changing(pool, changes -> {
            Optional<Identity> named = Optional.ofNullable(identityId)
                    .map(id -> changes.find(id).orElseThrow(() -> IdentityService.identityNotFound(id)));
            if (user == null) {
                List<String> users = named.orElseThrow().developerUserIdentifiers();
                int from = (int) Math.min(skip, users.size());
                int to = Math.min(users.size(), from + limit);
                String next = to < users.size() ? tokens.encode(to) : null;
                return new LookupDeveloperIdentityOutput(identityId, List.copyOf(users.subList(from, to)), next);
            }
            Optional<Identity> owner = developerLogin(pool.pool(), user).flatMap(changes::developerOwner);
            if (named.isPresent()) {
                if (owner.isEmpty() || !owner.get().identityId().equals(identityId)) {
                    throw ServiceError.resourceConflict(DeveloperTexts.developerUserNotOfIdentity(identityId));
                }
            } else if (owner.isEmpty()) {
                throw ServiceError.resourceNotFound(DeveloperTexts.DEVELOPER_USER_NOT_FOUND);
            }
            return new LookupDeveloperIdentityOutput(owner.get().identityId(), List.of(user), null);
        });
    }

    /**
     * MergeDeveloperIdentities: the source user's identity, with everything linked to it, joins the destination
     * user's identity, which keeps no login and is disabled (as a guest merged by a login is). Users already of one
     * identity: nothing changes, the answer is that identity.
     */
    @Behaviour(id = "developer.merge-disables-source", status = UNCONFIRMED)
    public MergeDeveloperIdentitiesOutput merge(MergeDeveloperIdentitiesInput input) {
        StoredPool pool = identities.existingPool(input.identityPoolId());
        String provider = requireDeveloperProvider(pool.pool(), input.developerProviderName());
        Instant now = identities.now();
        Identity merged = IdentityService.changing(pool, changes -> {
            Identity source = developerUserOwner(changes, new Login(provider, input.sourceUserIdentifier()));
            Identity destination = developerUserOwner(changes, new Login(provider, input.destinationUserIdentifier()));
            if (source.identityId().equals(destination.identityId())) {
                return destination;
            }
            int count = source.linkedLoginCount() + destination.linkedLoginCount();
            if (count > MAX_LINKED_LOGINS) {
                throw ServiceError.invalidParameter(DeveloperTexts.tooManyLinkedLogins(count));
            }
            source.logins().forEach((providerName, userIdentifier) -> {
                String other = destination.logins().get(providerName);
                if (other != null && !other.equals(userIdentifier)) {
                    throw ServiceError.resourceConflict(DeveloperTexts.mergeProviderConflict(providerName));
                }
            });
            return changes.merge(source.identityId(), destination.identityId(), now);
        });
        return new MergeDeveloperIdentitiesOutput(merged.identityId());
    }

    /** UnlinkDeveloperIdentity: the developer user no longer belongs to the identity. */
    public void unlink(UnlinkDeveloperIdentityInput input) {
        StoredPool pool = identities.existingPool(input.identityPoolId());
        String provider = requireDeveloperProvider(pool.pool(), input.developerProviderName());
        Login login = new Login(provider, input.developerUserIdentifier());
        Instant now = identities.now();
        IdentityService.changing(pool, changes -> {
            String identityId = input.identityId();
            changes.find(identityId).orElseThrow(() -> IdentityService.identityNotFound(identityId));
            Identity owner = developerUserOwner(changes, login);
            if (!owner.identityId().equals(identityId)) {
                throw ServiceError.resourceConflict(DeveloperTexts.developerUserNotOfIdentity(identityId));
            }
            return changes.unlinkDeveloper(identityId, login, now);
        });
    }

    // ---- GetOpenIdTokenForDeveloperIdentity ---------------------------------------------------------------

    /** Without IdentityId: the one identity the logins belong to, with the new ones linked, or a new identity. */
    @Behaviour(id = "developer.empty-logins-is-guest", status = UNCONFIRMED)
    private Identity findOrCreate(PoolIdentities.Changes changes, IdentityPool pool, SignIn signIn, Instant now) {
        if (signIn.isEmpty()) {
            if (!pool.allowUnauthenticatedIdentities()) {
                throw ServiceError.notAuthorized(IdentityTexts.UNAUTHENTICATED_NOT_SUPPORTED);
            }
            return changes.create(newIdentityIds, Map.of(), now);
        }
        Set<String> owners = new LinkedHashSet<>();
        signIn.developer().flatMap(changes::developerOwner).ifPresent(owner -> owners.add(owner.identityId()));
        for (VerifiedLogin login : signIn.logins()) {
            IdentityService.ownerOf(changes, login).ifPresent(owner -> owners.add(owner.identityId()));
        }
        if (owners.size() > 1) {
            throw IdentityService.conflict();
        }
        if (owners.isEmpty()) {
            return changes.create(
                    newIdentityIds,
                    IdentityService.storedLogins(signIn.logins()),
                    signIn.developer().stream().toList(),
                    now);
        }
        Identity owner = changes.find(owners.iterator().next()).orElseThrow();
        IdentityService.requireEnabled(owner);
        return link(changes, owner, signIn, now);
    }

    /** With IdentityId: the logins are linked to that identity, under the rules of calls for an identity. */
    @Behaviour(id = "developer.logins-do-not-match", status = CONFIRMED)
    @Behaviour(id = "developer.token-follows-identity-rules", status = UNCONFIRMED)
    private static Identity linkTo(
            PoolIdentities.Changes changes, IdentityPool pool, String identityId, SignIn signIn, Instant now) {
        Identity identity = changes.find(identityId).orElseThrow(() -> IdentityService.identityNotFound(identityId));
        IdentityService.requireEnabled(identity);
        boolean anyOwn = false;
        Optional<Identity> developerOwner = signIn.developer().flatMap(changes::developerOwner);
        if (developerOwner.isPresent()) {
            if (!developerOwner.get().identityId().equals(identityId)) {
                throw new ServiceError(
                        ServiceError.DEVELOPER_USER_ALREADY_REGISTERED,
                        400,
                        DeveloperTexts.DEVELOPER_USER_ALREADY_REGISTERED);
            }
            anyOwn = true;
        }
        for (VerifiedLogin login : signIn.logins()) {
            Optional<Identity> owner = IdentityService.ownerOf(changes, login);
            if (owner.isPresent() && !owner.get().identityId().equals(identityId)) {
                throw IdentityService.conflict();
            }
            anyOwn |= owner.isPresent();
        }
        if (signIn.isEmpty()) {
            if (identity.isAuthenticated()) {
                throw ServiceError.notAuthorized(IdentityTexts.LOGINS_DO_NOT_MATCH);
            }
            if (!pool.allowUnauthenticatedIdentities()) {
                throw ServiceError.notAuthorized(IdentityTexts.UNAUTHENTICATED_NOT_SUPPORTED);
            }
            return identity;
        }
        if (identity.isAuthenticated() && !anyOwn) {
            throw ServiceError.notAuthorized(IdentityTexts.LOGINS_DO_NOT_MATCH);
        }
        return link(changes, identity, signIn, now);
    }

    /** Links what is new to {@code identity}; a second user of a provider it has is a conflict. Checks first. */
    private static Identity link(PoolIdentities.Changes changes, Identity identity, SignIn signIn, Instant now) {
        Identity linked =
                IdentityService.link(changes, identity, IdentityService.unlinkedLogins(identity, signIn.logins()), now);
        return signIn.developer()
                .map(login -> changes.linkDeveloper(identity.identityId(), login, now))
                .orElse(linked);
    }

    /**
     * The Logins of a GetOpenIdTokenForDeveloperIdentity call, sorted and verified: the developer user (the
     * pool's DeveloperProviderName) and the other providers' tokens, checked by {@link LoginVerifier}.
     */
    private record SignIn(Optional<Login> developer, List<VerifiedLogin> logins) {

        static SignIn of(IdentityPool pool, Map<String, String> logins, Instant now) {
            Optional<Login> developer = Optional.empty();
            List<VerifiedLogin> verified = new ArrayList<>();
            for (Map.Entry<String, String> login : logins.entrySet()) {
                String provider = login.getKey();
                if (provider.equals(pool.developerProviderName())) {
                    developer = Optional.of(new Login(provider, login.getValue()));
                } else if (isLoginProvider(pool, provider)) {
                    verified.add(LoginVerifier.verify(pool, provider, login.getValue(), now));
                } else {
                    throw ServiceError.notAuthorized(DeveloperTexts.UNSUPPORTED_DEVELOPER_PROVIDER);
                }
            }
            return new SignIn(developer, List.copyOf(verified));
        }

        boolean isEmpty() {
            return developer.isEmpty() && logins.isEmpty();
        }

        /**
         * The token's {@code amr}: {@code authenticated}, then each provider; a developer user adds
         * {@code <provider>} and {@code <provider>:<pool id>:<user>} (as in a decoded token of the real service).
         */
        @Behaviour(id = "developer.token-amr", status = CONFIRMED)
        @Behaviour(id = "developer.amr-other-providers", status = UNCONFIRMED)
        List<String> amr(String identityPoolId) {
            if (isEmpty()) {
                return List.of("unauthenticated");
            }
            List<String> amr = new ArrayList<>();
            amr.add("authenticated");
            developer.ifPresent(login -> {
                amr.add(login.providerName());
                amr.add(login.providerName() + ":" + identityPoolId + ":" + login.userIdentifier());
            });
            logins.stream()
                    .filter(login -> !login.isDeveloperLogin())
                    .map(VerifiedLogin::providerName)
                    .forEach(amr::add);
            return amr;
        }
    }

    /** Whether {@link LoginVerifier} knows the provider: the fake's own tokens or a provider of the pool. */
    private static boolean isLoginProvider(IdentityPool pool, String provider) {
        return LoginVerifier.DEVELOPER_PROVIDER.equals(provider)
                || pool.supportedLoginProviders().containsKey(provider)
                || pool.cognitoIdentityProviders().stream()
                        .anyMatch(p -> p.providerName().equals(provider))
                || pool.openIdConnectProviderArns().stream()
                        .anyMatch(arn ->
                                IdentityPool.openIdConnectProviderName(arn).equals(provider))
                || pool.samlProviderArns().contains(provider);
    }

    // ---- Shared ------------------------------------------------------------------------------------------

    /** The pool's developer provider, which must be {@code name}. */
    private static String requireDeveloperProvider(IdentityPool pool, String name) {
        if (pool.developerProviderName() == null
                || !pool.developerProviderName().equals(name)) {
            throw ServiceError.notAuthorized(DeveloperTexts.UNSUPPORTED_DEVELOPER_PROVIDER);
        }
        return name;
    }

    private static Optional<Login> developerLogin(IdentityPool pool, String user) {
        return Optional.ofNullable(pool.developerProviderName()).map(provider -> new Login(provider, user));
    }

    private static Identity developerUserOwner(PoolIdentities.Changes changes, Login developerLogin) {
        return changes.developerOwner(developerLogin)
                .orElseThrow(() -> ServiceError.resourceNotFound(DeveloperTexts.DEVELOPER_USER_NOT_FOUND));
    }
}
