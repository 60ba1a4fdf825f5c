package io.github.cognitofake.internal.state;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One identity of an identity pool, as {@link PoolIdentities} keeps it: an immutable value, replaced whole
 * on every change, so a reader never sees half of one.
 *
 * @param sequence creation order within the fake, which ListIdentities pages through
 * @param logins linked logins, provider name → the user's identifier at that provider (for example the
 *     {@code sub} of the provider's token), in the order they were linked; empty for a guest identity
 * @param developerLogins the developer users linked to it (GetOpenIdTokenForDeveloperIdentity), each the pool's
 *     developer provider name and a DeveloperUserIdentifier, in the order they were linked; unlike other
 *     providers, one identity may have several users of its developer provider
 */
public record Identity(
        String identityId,
        String identityPoolId,
        long sequence,
        Map<String, String> logins,
        Instant creationDate,
        Instant lastModifiedDate,
        boolean disabled,
        List<Login> developerLogins) {

    public Identity {
        logins = Collections.unmodifiableMap(new LinkedHashMap<>(logins));
        developerLogins = List.copyOf(developerLogins);
    }

    /** Whether a login or a developer user is linked: a guest (unauthenticated) identity has none. */
    public boolean isAuthenticated() {
        return !logins.isEmpty() || !developerLogins.isEmpty();
    }

    /** The DeveloperUserIdentifiers of {@link #developerLogins}, in the order they were linked. */
    public List<String> developerUserIdentifiers() {
        return developerLogins.stream().map(Login::userIdentifier).toList();
    }

    /** How many logins are linked, developer users included (the service allows 20 per identity). */
    public int linkedLoginCount() {
        return logins.size() + developerLogins.size();
    }

    /** This identity with {@code newLogins} instead of its logins, modified at {@code now}; developer users stay. */
    public Identity withLogins(Map<String, String> newLogins, Instant now) {
        return new Identity(
                identityId, identityPoolId, sequence, newLogins, creationDate, now, disabled, developerLogins);
    }

    Identity withDeveloperLogins(List<Login> newDeveloperLogins, Instant now) {
        return new Identity(
                identityId, identityPoolId, sequence, logins, creationDate, now, disabled, newDeveloperLogins);
    }

    Identity withDisabled(boolean newDisabled, Instant now) {
        return new Identity(
                identityId, identityPoolId, sequence, logins, creationDate, now, newDisabled, developerLogins);
    }
}
