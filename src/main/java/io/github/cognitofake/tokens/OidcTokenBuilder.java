package io.github.cognitofake.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Mints an OpenID Connect ID token: {@code iss}, {@code aud}, {@code sub}, {@code iat}, {@code exp} (one
 * hour on) and the claims you add. Its Logins key is the issuer without {@code https://}, as for an identity
 * pool's OpenID Connect provider ({@code arn:aws:iam::<account>:oidc-provider/<that key>}). Google tokens
 * ({@link Tokens#googleIdToken(String)}) add {@code azp} and a numeric {@code sub}, and belong under
 * {@code accounts.google.com}.
 *
 * <pre>{@code
 * ProviderToken token = Tokens.oidcToken("https://login.example.com", "my-client")
 *         .subject("user-1").claim("department", "sales").build();
 * }</pre>
 */
public final class OidcTokenBuilder {

    private final String issuer;
    private final String loginsKey;
    private final String audience;
    private final boolean google;
    private final Lifetime lifetime = new Lifetime();
    private final Map<String, Object> extraClaims = new LinkedHashMap<>();
    private String subject;
    private String email;
    private boolean emailVerified = true;

    OidcTokenBuilder(String issuer, String audience, boolean google) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        String host = issuer.startsWith("https://") ? issuer.substring("https://".length()) : issuer;
        while (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.contains("://")) {
            throw new IllegalArgumentException(
                    "An OIDC issuer is a host name, optionally with https:// and a path, such as "
                            + "\"https://login.example.com\"; got \"" + issuer + "\".");
        }
        if (audience.isEmpty()) {
            throw new IllegalArgumentException("An OIDC token's audience (the client id) cannot be empty.");
        }
        this.issuer = "https://" + host;
        this.loginsKey = host;
        this.audience = audience;
        this.google = google;
    }

    /**
     * Sets the {@code sub} claim (default: a random UUID, or 21 random digits for Google). Fix it when a test
     * needs the same user in several tokens.
     *
     * @param subject the user's id at the provider
     * @return this builder
     */
    public OidcTokenBuilder subject(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
        return this;
    }

    /**
     * Sets the {@code email} claim, with {@code email_verified} true unless {@link #emailVerified(boolean)} says
     * otherwise; without it the token has neither claim.
     *
     * @param email the user's email address
     * @return this builder
     */
    public OidcTokenBuilder email(String email) {
        this.email = Objects.requireNonNull(email, "email");
        return this;
    }

    /**
     * Sets the {@code email_verified} claim that comes with {@link #email(String)}.
     *
     * @param verified whether the email address is verified (default true)
     * @return this builder
     */
    public OidcTokenBuilder emailVerified(boolean verified) {
        this.emailVerified = verified;
        return this;
    }

    /**
     * Any claim, with a JSON value (String, Number, Boolean, List or Map). It replaces a claim the builder
     * computes, such as {@code aud} or {@code exp}; {@code null} leaves the claim out.
     *
     * @param name the claim's name
     * @param value the claim's value, or {@code null} to leave the claim out of the token
     * @return this builder
     * @throws IllegalArgumentException if the name is empty or the value is not one JSON can carry
     */
    public OidcTokenBuilder claim(String name, Object value) {
        extraClaims.put(ClaimValues.name(name), ClaimValues.json(name, value));
        return this;
    }

    /**
     * Sets the issue time ({@code iat}; default: now), from which {@code exp} counts.
     *
     * @param issuedAt the issue time; the token keeps whole seconds
     * @return this builder
     */
    public OidcTokenBuilder issuedAt(Instant issuedAt) {
        lifetime.issuedAt(issuedAt);
        return this;
    }

    /**
     * Sets how long the token is valid after its issue time (default one hour); {@link #expired()} makes
     * an expired one.
     *
     * @param validFor the token's lifetime, positive; the token keeps whole seconds
     * @return this builder
     * @throws IllegalArgumentException if the lifetime is zero or negative
     */
    public OidcTokenBuilder expiresIn(Duration validFor) {
        lifetime.validFor(validFor);
        return this;
    }

    /**
     * Makes the token expired already ({@code exp} in the past), to test how expired logins are refused.
     *
     * @return this builder
     */
    public OidcTokenBuilder expired() {
        lifetime.expired();
        return this;
    }

    /**
     * Signs the token (RS256, the fake's key).
     *
     * @return the token with its Logins key, which is also its role mapping key
     */
    public ProviderToken build() {
        long iat = lifetime.issuedAtSeconds();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        if (google) {
            claims.put("azp", audience);
        }
        claims.put("aud", audience);
        claims.put(
                "sub",
                subject != null
                        ? subject
                        : google ? googleSubject() : UUID.randomUUID().toString());
        if (email != null) {
            claims.put("email", email);
            claims.put("email_verified", emailVerified);
        }
        claims.put("iat", iat);
        claims.put("exp", lifetime.expiresAtSeconds(iat));
        extraClaims.forEach((name, value) -> {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
        });
        return ProviderToken.sign(claims, loginsKey, loginsKey);
    }

    /** Google's subjects are 21-digit numbers. */
    private static String googleSubject() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "1" + String.format("%010d", random.nextLong(10_000_000_000L))
                + String.format("%010d", random.nextLong(10_000_000_000L));
    }
}
