package io.github.cognitofake.internal.service.credentials;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.IdSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the temporary AWS credentials of GetCredentialsForIdentity and records each in the
 * {@link CredentialsLedger}. The values look like STS's (an {@code ASIA} access key id of 20 characters,
 * a 40-character secret, a long session token) and are unique within a fake; with a seeded
 * {@link IdSource} the same sequence of issues gives the same values.
 */
@Behaviour(id = "credentials.credential-shape", status = UNCONFIRMED)
public final class CredentialsIssuer {

    /** How long credentials stay valid: the service's default of one hour. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    /** How many of the latest credentials the ledger keeps unless the fake is built with another limit. */
    public static final int DEFAULT_LEDGER_LIMIT = 10_000;

    private static final String ACCESS_KEY_PREFIX = "ASIA";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final byte[] BASE64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
    private static final int ACCESS_KEY_RANDOM_CHARS = 16;
    private static final int SECRET_BYTES = 30; // 40 base64 characters
    private static final int SESSION_TOKEN_BYTES = 630; // 840 base64 characters
    /** STS session tokens start with this (base64 of their protobuf-like header). */
    private static final String SESSION_TOKEN_PREFIX = "IQoJb3JpZ2luX2Vj";

    private final IdSource random;
    private final InstantSource clock;
    private final CredentialsLedger ledger;

    /**
     * @param random where the random characters come from; seeded for repeatable values
     * @param clock the fake's clock, for the issue time and expiration
     */
    public CredentialsIssuer(IdSource random, InstantSource clock) {
        this(random, clock, DEFAULT_LEDGER_LIMIT);
    }

    /** @param ledgerLimit how many of the latest credentials the ledger keeps */
    public CredentialsIssuer(IdSource random, InstantSource clock, int ledgerLimit) {
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ledger = new CredentialsLedger(ledgerLimit);
    }

    /**
     * Issues credentials for a role, carrying session tags, and records them.
     *
     * @param identityId the identity they are for
     * @param identityPoolId its pool
     * @param roleArn the role chosen for it
     * @param provider the Logins key of the login that chose the role; {@code null} for a guest
     * @param sessionTags the principal tags the credentials carry, tag key to value
     */
    @Behaviour(id = "credentials.sts-limits-not-checked", status = UNCONFIRMED)
    public NewCredentials issue(
            String identityId,
            String identityPoolId,
            String roleArn,
            String provider,
            Map<String, String> sessionTags) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiration = issuedAt.plus(LIFETIME);
        while (true) {
            String accessKeyId = accessKeyId();
            IssuedCredentials record = new IssuedCredentials(
                    accessKeyId, identityId, identityPoolId, roleArn, provider, issuedAt, expiration, sessionTags);
            // 80 random bits make a repeat all but impossible; when it happens, draw again.
            if (ledger.record(record)) {
                return new NewCredentials(
                        accessKeyId,
                        base64(SECRET_BYTES),
                        SESSION_TOKEN_PREFIX + base64(SESSION_TOKEN_BYTES),
                        expiration);
            }
        }
    }

    /** The record of every credential issued so far. */
    public CredentialsLedger ledger() {
        return ledger;
    }

    /** Forgets every issued credential and restarts a seeded sequence, as for a new fake. */
    public void reset() {
        ledger.clear();
        random.restart();
    }

    private String accessKeyId() {
        byte[] bytes = new byte[ACCESS_KEY_RANDOM_CHARS];
        random.nextBytes(bytes);
        StringBuilder id = new StringBuilder(ACCESS_KEY_PREFIX);
        for (byte b : bytes) {
            id.append(BASE32[b & 31]);
        }
        return id.toString();
    }

    /** As base64 of {@code length} random bytes looks (padding included), drawn as characters. */
    private String base64(int length) {
        int chars = (length + 2) / 3 * 4;
        int padding = (3 - length % 3) % 3;
        String text = random.chars(chars - padding, BASE64);
        return padding == 0 ? text : text + "=".repeat(padding);
    }
}
