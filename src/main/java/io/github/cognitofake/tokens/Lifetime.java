package io.github.cognitofake.tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** When a minted token was issued and when it expires: now and one hour on, unless a test says otherwise. */
final class Lifetime {

    static final Duration DEFAULT = Duration.ofHours(1);

    private Instant issuedAt;
    private Duration validFor = DEFAULT;
    private boolean expired;

    void issuedAt(Instant issuedAt) {
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    void validFor(Duration validFor) {
        Objects.requireNonNull(validFor, "validFor");
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException(
                    "A token's lifetime must be positive; got " + validFor + ". Use expired() for an expired token.");
        }
        this.validFor = validFor;
    }

    void expired() {
        this.expired = true;
    }

    /** {@code iat}, in epoch seconds. An expired token was issued one lifetime plus a minute ago. */
    long issuedAtSeconds() {
        Instant base = issuedAt != null
                ? issuedAt
                : expired ? Instant.now().minus(validFor).minus(Duration.ofMinutes(1)) : Instant.now();
        return base.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
    }

    long expiresAtSeconds(long issuedAtSeconds) {
        long exp = issuedAtSeconds + validFor.toSeconds();
        // expired() with an explicit issue time still must give a token that is expired now.
        return expired ? Math.min(exp, Instant.now().getEpochSecond() - 60) : exp;
    }
}
