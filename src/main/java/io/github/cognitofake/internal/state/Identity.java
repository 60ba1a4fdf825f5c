package io.github.cognitofake.internal.state;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One identity of an identity pool, as {@link PoolIdentities} keeps it: an immutable value, replaced whole
 * on every change, so a reader never sees half of one.
 *
 * @param sequence creation order within the fake, which ListIdentities pages through
 * @param logins linked logins, provider name → the user's identifier at that provider (for example the
 *     {@code sub} of the provider's token), in the order they were linked; empty for a guest identity
 */
public record Identity(
        String identityId,
        String identityPoolId,
        long sequence,
        Map<String, String> logins,
        Instant creationDate,
        Instant lastModifiedDate,
        boolean disabled) {

    public Identity {
        logins = Collections.unmodifiableMap(new LinkedHashMap<>(logins));
    }

    /** Whether a login is linked: a guest (unauthenticated) identity has none. */
    public boolean isAuthenticated() {
        return !logins.isEmpty();
    }

    Identity withLogins(Map<String, String> newLogins, Instant now) {
        return new Identity(identityId, identityPoolId, sequence, newLogins, creationDate, now, disabled);
    }

    Identity withDisabled(boolean newDisabled, Instant now) {
        return new Identity(identityId, identityPoolId, sequence, logins, creationDate, now, newDisabled);
    }
}
