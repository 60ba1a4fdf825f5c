package io.github.cognitofake.internal.service.credentials;

import io.github.cognitofake.credentials.IssuedCredentials;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every set of credentials a fake issued, in issue order and by access key id, so that a test can ask which
 * role a user received. Thread-safe: one lock guards the one map, so a listing is always a consistent
 * snapshot and an access key id is recorded at most once.
 */
public final class CredentialsLedger {

    private final Map<String, IssuedCredentials> byAccessKeyId = new LinkedHashMap<>(); // guarded by this

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
