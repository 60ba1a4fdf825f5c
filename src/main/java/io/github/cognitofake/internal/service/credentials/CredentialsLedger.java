package io.github.cognitofake.internal.service.credentials;

import io.github.cognitofake.credentials.IssuedCredentials;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest credentials a fake issued, in issue order and by access key id, so that a test can ask which
 * role a user received. Bounded like the journal: a fake that issued a million credentials keeps the latest
 * {@code limit} (a test asks about the ones it just got), so its memory does not grow with the calls. Thread-safe:
 * one lock guards the one map, so a listing is always a consistent snapshot and an access key id is recorded at
 * most once among those kept.
 */
public final class CredentialsLedger {

    private final int limit;
    private final Map<String, IssuedCredentials> byAccessKeyId; // guarded by this

    /** @param limit how many of the latest credentials are kept; 0 keeps none */
    public CredentialsLedger(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
        this.byAccessKeyId = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, IssuedCredentials> eldest) {
                return size() > CredentialsLedger.this.limit;
            }
        };
    }

    /**
     * Records issued credentials.
     *
     * @return false, recording nothing, when credentials with the same access key id are recorded already
     */
    public synchronized boolean record(IssuedCredentials credentials) {
        return byAccessKeyId.putIfAbsent(credentials.accessKeyId(), credentials) == null;
    }

    /** Every record, oldest first. */
    public synchronized List<IssuedCredentials> all() {
        return List.copyOf(byAccessKeyId.values());
    }

    /** The record of an access key id, if the fake issued it. */
    public synchronized Optional<IssuedCredentials> find(String accessKeyId) {
        return Optional.ofNullable(byAccessKeyId.get(accessKeyId));
    }

    /** Forgets every record. */
    public synchronized void clear() {
        byAccessKeyId.clear();
    }
}
