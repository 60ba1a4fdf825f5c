package io.github.cognitofake.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The identities of one identity pool, safe for any number of threads.
 *
 * <p>Every change runs under this pool's lock through {@link #change}, so the identities, the login index
 * (which user of which provider belongs to which identity) and the fake-wide directory (which pool an
 * identity id belongs to) always agree. Readers of single identities and listings do not lock: each
 * {@link Identity} is immutable and replaced whole.
 */
public final class PoolIdentities {

    private final String identityPoolId;
    private final ConcurrentMap<String, String> directory;
    private final ConcurrentHashMap<String, Identity> byId = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, String> creationOrder = new ConcurrentSkipListMap<>();
    // The enabled identities only, in the same order: a HideDisabled page never walks past disabled ones.
    private final ConcurrentSkipListMap<Long, String> enabledOrder = new ConcurrentSkipListMap<>();
    private final Map<Login, String> byLogin = new HashMap<>(); // guarded by this
    // Developer users have their own index: a developer provider name may equal a social provider's domain.
    private final Map<Login, String> byDeveloperLogin = new HashMap<>(); // guarded by this
    private final Changes changes = new Changes();
    private long sequence; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param directory the fake-wide map identity id → pool id, shared by every pool of a store
     */
    PoolIdentities(String identityPoolId, ConcurrentMap<String, String> directory) {
        this.identityPoolId = identityPoolId;
        this.directory = directory;
    }

    /** An identity of this pool, without locking. */
    public Optional<Identity> find(String identityId) {
        return Optional.ofNullable(byId.get(identityId));
    }

    /**
     * Applies {@code change} atomically with respect to every other change of this pool's identities.
     * A change must check everything before its first write: what it wrote before throwing stays written.
     * Each method of {@link Changes} is itself all-or-nothing.
     *
     * @return what {@code change} returned, or empty when the pool has been deleted meanwhile (nothing changed)
     */
    public synchronized <T> Optional<T> change(Function<Changes, T> change) {
        if (closed) {
            return Optional.empty();
        }
        return Optional.of(change.apply(changes));
    }

    /**
     * Up to {@code limit} identities created after {@code afterSequence}, in creation order. The cost is that of
     * the page, whatever the size of the pool: both orders are indexed, and the page starts with a lookup.
     *
     * @param afterSequence 0 for the first page, else the sequence of the last identity of the previous page
     */
    public Page page(long afterSequence, int limit, boolean hideDisabled) {
        List<Identity> found = new ArrayList<>(Math.min(limit, 64));
        ConcurrentSkipListMap<Long, String> order = hideDisabled ? enabledOrder : creationOrder;
        for (String identityId : order.tailMap(afterSequence, false).values()) {
            Identity identity = byId.get(identityId);
            if (identity == null || (hideDisabled && identity.disabled())) {
                continue; // deleted since it was indexed, or hidden
            }
            if (found.size() == limit) {
                return new Page(found, true);
            }
            found.add(identity);
        }
        return new Page(found, false);
    }

    /** The pool was deleted: forget its identities and refuse further changes. */
    synchronized void close() {
        closed = true;
        byId.keySet().forEach(directory::remove);
    }

    /** One page of a listing; {@code more} says whether identities follow it. */
    public record Page(List<Identity> identities, boolean more) {}

    /** The changes one can make to a pool's identities, only inside {@link PoolIdentities#change}. */
    public final class Changes {

        private Changes() {}

        /** An identity of this pool. */
        public Optional<Identity> find(String identityId) {
            return PoolIdentities.this.find(identityId);
        }

        /** The identity a login is linked to, if any. */
        public Optional<Identity> owner(Login login) {
            String identityId = byLogin.get(login);
            return identityId == null ? Optional.empty() : find(identityId);
        }

        /** The identity a developer user is linked to, if any. */
        public Optional<Identity> developerOwner(Login developerLogin) {
            String identityId = byDeveloperLogin.get(developerLogin);
            return identityId == null ? Optional.empty() : find(identityId);
        }

        /**
         * A new identity with these logins, under the first id {@code newIds} gives that no identity of the
         * fake has.
         *
         * @throws IllegalStateException (changing nothing) when one of the logins is linked already
         */
        public Identity create(Supplier<String> newIds, Map<String, String> logins, Instant now) {
            return create(newIds, logins, List.of(), now);
        }

        /**
         * A new identity with these logins and developer users; see {@link #create(Supplier, Map, Instant)}.
         *
         * @throws IllegalStateException (changing nothing) when one of them is linked already
         */
        public Identity create(
                Supplier<String> newIds, Map<String, String> logins, List<Login> developerLogins, Instant now) {
            logins.forEach((provider, user) -> requireUnlinked(new Login(provider, user)));
            developerLogins.forEach(this::requireUnlinkedDeveloper);
            String identityId;
            do {
                identityId = newIds.get();
            } while (directory.putIfAbsent(identityId, identityPoolId) != null);
            Identity identity =
                    new Identity(identityId, identityPoolId, ++sequence, logins, now, now, false, developerLogins);
            byId.put(identityId, identity);
            logins.forEach((provider, user) -> byLogin.put(new Login(provider, user), identity.identityId()));
            developerLogins.forEach(login -> byDeveloperLogin.put(login, identity.identityId()));
            // Indexed last: a listing that sees this identity in the order sees it in byId too.
            creationOrder.put(identity.sequence(), identity.identityId());
            enabledOrder.put(identity.sequence(), identity.identityId());
            return identity;
        }

        /**
         * Links more logins to an identity. Logins it has already are left as they are.
         *
         * @throws IllegalStateException (changing nothing) when there is no such identity, when a login is
         *     linked to another identity, or when the identity has another user of the same provider
         */
        public Identity link(String identityId, Map<String, String> logins, Instant now) {
            Identity current = existing(identityId);
            Map<String, String> merged = new LinkedHashMap<>(current.logins());
            boolean added = false;
            for (Map.Entry<String, String> login : logins.entrySet()) {
                String linkedUser = merged.get(login.getKey());
                if (login.getValue().equals(linkedUser)) {
                    continue;
                }
                if (linkedUser != null) {
                    throw new IllegalStateException(identityId + " has another user of " + login.getKey());
                }
                requireUnlinked(new Login(login.getKey(), login.getValue()));
                merged.put(login.getKey(), login.getValue());
                added = true;
            }
            if (!added) {
                return current;
            }
            Identity next = current.withLogins(merged, now);
            byId.put(identityId, next);
            logins.forEach((provider, user) -> byLogin.put(new Login(provider, user), identityId));
            return next;
        }

        /**
         * Removes the logins of these providers from an identity; providers it has no login of are ignored.
         *
         * @throws IllegalStateException when there is no such identity
         */
        public Identity unlink(String identityId, Collection<String> providerNames, Instant now) {
            Identity current = existing(identityId);
            Map<String, String> remaining = new LinkedHashMap<>(current.logins());
            boolean removed = false;
            for (String provider : providerNames) {
                String user = remaining.remove(provider);
                if (user != null) {
                    byLogin.remove(new Login(provider, user));
                    removed = true;
                }
            }
            if (!removed) {
                return current;
            }
            Identity next = current.withLogins(remaining, now);
            byId.put(identityId, next);
            return next;
        }

        /**
         * Links a developer user to an identity; nothing changes when it is linked to it already.
         *
         * @throws IllegalStateException (changing nothing) when there is no such identity or the developer user
         *     is linked to another identity
         */
        public Identity linkDeveloper(String identityId, Login developerLogin, Instant now) {
            Identity current = existing(identityId);
            if (current.developerLogins().contains(developerLogin)) {
                return current;
            }
            requireUnlinkedDeveloper(developerLogin);
            List<Login> linked = new ArrayList<>(current.developerLogins());
            linked.add(developerLogin);
            Identity next = current.withDeveloperLogins(linked, now);
            byId.put(identityId, next);
            byDeveloperLogin.put(developerLogin, identityId);
            return next;
        }

        /**
         * Removes a developer user from an identity; nothing changes when it is not linked to it.
         *
         * @throws IllegalStateException when there is no such identity
         */
        public Identity unlinkDeveloper(String identityId, Login developerLogin, Instant now) {
            Identity current = existing(identityId);
            if (!current.developerLogins().contains(developerLogin)) {
                return current;
            }
            List<Login> remaining = new ArrayList<>(current.developerLogins());
            remaining.remove(developerLogin);
            Identity next = current.withDeveloperLogins(remaining, now);
            byId.put(identityId, next);
            byDeveloperLogin.remove(developerLogin);
            return next;
        }

        /**
         * Moves every login and developer user of {@code sourceId} to {@code destinationId} and disables the
         * source, which keeps no login.
         *
         * @throws IllegalStateException (changing nothing) when either identity does not exist, they are the same,
         *     or the destination has another user of a provider the source has a login of
         */
        public Identity merge(String sourceId, String destinationId, Instant now) {
            Identity source = existing(sourceId);
            Identity destination = existing(destinationId);
            if (sourceId.equals(destinationId)) {
                throw new IllegalStateException("cannot merge " + sourceId + " into itself");
            }
            Map<String, String> logins = new LinkedHashMap<>(destination.logins());
            for (Map.Entry<String, String> login : source.logins().entrySet()) {
                String other = logins.putIfAbsent(login.getKey(), login.getValue());
                if (other != null && !other.equals(login.getValue())) {
                    throw new IllegalStateException(destinationId + " has another user of " + login.getKey());
                }
            }
            List<Login> developerLogins = new ArrayList<>(destination.developerLogins());
            developerLogins.addAll(source.developerLogins());
            Identity merged = destination.withLogins(logins, now).withDeveloperLogins(developerLogins, now);
            byId.put(destinationId, merged);
            byId.put(
                    sourceId,
                    source.withLogins(Map.of(), now)
                            .withDeveloperLogins(List.of(), now)
                            .withDisabled(true, now));
            enabledOrder.remove(source.sequence());
            source.logins().forEach((provider, user) -> byLogin.put(new Login(provider, user), destinationId));
            source.developerLogins().forEach(login -> byDeveloperLogin.put(login, destinationId));
            return merged;
        }

        /** @throws IllegalStateException when there is no such identity */
        public Identity setDisabled(String identityId, boolean disabled, Instant now) {
            Identity current = existing(identityId);
            if (current.disabled() == disabled) {
                return current;
            }
            Identity next = current.withDisabled(disabled, now);
            byId.put(identityId, next);
            if (disabled) {
                enabledOrder.remove(next.sequence());
            } else {
                enabledOrder.put(next.sequence(), identityId);
            }
            return next;
        }

        /** Deletes an identity and frees its logins. @return false when there was no such identity */
        public boolean delete(String identityId) {
            Identity removed = byId.remove(identityId);
            if (removed == null) {
                return false;
            }
            removed.logins().forEach((provider, user) -> byLogin.remove(new Login(provider, user)));
            removed.developerLogins().forEach(byDeveloperLogin::remove);
            creationOrder.remove(removed.sequence());
            enabledOrder.remove(removed.sequence());
            directory.remove(identityId);
            return true;
        }

        private Identity existing(String identityId) {
            Identity identity = byId.get(identityId);
            if (identity == null) {
                throw new IllegalStateException("no identity " + identityId + " in " + identityPoolId);
            }
            return identity;
        }

        private void requireUnlinkedDeveloper(Login developerLogin) {
            if (byDeveloperLogin.containsKey(developerLogin)) {
                throw new IllegalStateException(
                        developerLogin + " is linked to " + byDeveloperLogin.get(developerLogin));
            }
        }

        private void requireUnlinked(Login login) {
            if (byLogin.containsKey(login)) {
                throw new IllegalStateException(login + " is linked to " + byLogin.get(login));
            }
        }
    }
}
