package io.github.cognitofake.credentials;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fake remembers of one set of AWS credentials it handed out through GetCredentialsForIdentity:
 * who got them, for which role, and which session (principal) tags they carry. The secret key and session
 * token are not kept here.
 *
 * <p>Read them with {@code fake.issuedCredentials()} or {@code fake.roleFor(accessKeyId)}, or assert on them
 * with {@code assertThat(fake).issuedCredentials()}.
 */
public final class IssuedCredentials {

    private final String accessKeyId;
    private final String identityId;
    private final String identityPoolId;
    private final String roleArn;
    private final String provider;
    private final Instant issuedAt;
    private final Instant expiration;
    private final Map<String, String> sessionTags;

    /**
     * A record of issued credentials without session tags.
     *
     * @param accessKeyId the AccessKeyId handed out
     * @param identityId the identity the credentials belong to
     * @param identityPoolId the identity pool of the identity
     * @param roleArn the IAM role the credentials are for
     * @param provider the Logins key of the login that decided the role, or {@code null} for a guest
     * @param issuedAt when they were issued
     * @param expiration when they expire
     */
    public IssuedCredentials(
            String accessKeyId,
            String identityId,
            String identityPoolId,
            String roleArn,
            String provider,
            Instant issuedAt,
            Instant expiration) {
        this(accessKeyId, identityId, identityPoolId, roleArn, provider, issuedAt, expiration, Map.of());
    }

    /**
     * A record of issued credentials.
     *
     * @param accessKeyId the AccessKeyId handed out
     * @param identityId the identity the credentials belong to
     * @param identityPoolId the identity pool of the identity
     * @param roleArn the IAM role the credentials are for
     * @param provider the Logins key of the login that decided the role, or {@code null} for a guest
     * @param issuedAt when they were issued
     * @param expiration when they expire
     * @param sessionTags the session (principal) tags the credentials carry, tag key to value; copied, order kept
     */
    public IssuedCredentials(
            String accessKeyId,
            String identityId,
            String identityPoolId,
            String roleArn,
            String provider,
            Instant issuedAt,
            Instant expiration,
            Map<String, String> sessionTags) {
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.identityId = Objects.requireNonNull(identityId, "identityId");
        this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
        this.roleArn = Objects.requireNonNull(roleArn, "roleArn");
        this.provider = provider;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiration = Objects.requireNonNull(expiration, "expiration");
        this.sessionTags =
                Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(sessionTags, "sessionTags")));
    }

    /** {@return the AccessKeyId of the credentials ({@code ASIA...}), the key to find them by} */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** {@return the id of the identity the credentials were issued to} */
    public String identityId() {
        return identityId;
    }

    /** {@return the id of the identity pool of that identity} */
    public String identityPoolId() {
        return identityPoolId;
    }

    /** {@return the ARN of the IAM role the credentials are for: the role the user received} */
    public String roleArn() {
        return roleArn;
    }

    /**
     * The provider (its Logins key, such as {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123}) of
     * the login whose role mapping chose the role.
     *
     * @return the provider's Logins key; empty for guest credentials
     */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    /** {@return whether the credentials were issued to a guest (no login, the unauthenticated role)} */
    public boolean isGuest() {
        return provider == null;
    }

    /** {@return when the fake issued the credentials} */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** {@return when the credentials expire, as the response's {@code Expiration} said} */
    public Instant expiration() {
        return expiration;
    }

    /**
     * The session tags (principal tags, "attributes for access control") the credentials carry: each tag key
     * of the pool's principal tag map for the deciding login's provider, with the value of the mapped claim in
     * that login's token.
     *
     * @return the session tags, tag key to value, unmodifiable; empty for guests and when the provider has no
     *     principal tag map
     */
    public Map<String, String> sessionTags() {
        return sessionTags;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssuedCredentials that
                && accessKeyId.equals(that.accessKeyId)
                && identityId.equals(that.identityId)
                && identityPoolId.equals(that.identityPoolId)
                && roleArn.equals(that.roleArn)
                && Objects.equals(provider, that.provider)
                && issuedAt.equals(that.issuedAt)
                && expiration.equals(that.expiration)
                && sessionTags.equals(that.sessionTags);
    }

    @Override
    public int hashCode() {
        return accessKeyId.hashCode();
    }

    /** One line: access key, identity, pool, role, provider (or guest), expiration and any session tags. */
    @Override
    public String toString() {
        return accessKeyId + " identity " + identityId + " (pool " + identityPoolId + ") role " + roleArn + " via "
                + (provider == null ? "guest access" : provider) + ", expires " + expiration
                + (sessionTags.isEmpty() ? "" : ", session tags " + sessionTags);
    }
}
