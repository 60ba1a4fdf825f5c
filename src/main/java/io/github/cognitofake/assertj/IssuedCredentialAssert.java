package io.github.cognitofake.assertj;

import io.github.cognitofake.credentials.IssuedCredentials;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one set of issued credentials: its role, identity, pool, provider, expiration and session tags. */
public final class IssuedCredentialAssert extends AbstractAssert<IssuedCredentialAssert, IssuedCredentials> {

    /**
     * Usually reached through {@link IssuedCredentialsAssert#singleElement()}, {@link IssuedCredentialsAssert#last()}
     * or {@link CognitoIdentityFakeAssertions#assertThat(IssuedCredentials)}.
     *
     * @param credentials the issued credentials to check
     */
    public IssuedCredentialAssert(IssuedCredentials credentials) {
        super(Objects.requireNonNull(credentials, "credentials"), IssuedCredentialAssert.class);
    }

    /**
     * Asserts the role the credentials were issued for: the role the user received.
     *
     * @param roleArn the ARN of the IAM role expected
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert hasRole(String roleArn) {
        if (!actual.roleArn().equals(roleArn)) {
            failWithMessage(
                    "Expected the credentials %s to be for role %s, but they are for role %s.",
                    actual, roleArn, actual.roleArn());
        }
        return this;
    }

    /**
     * Asserts the identity the credentials were issued to.
     *
     * @param identityId the identity id expected
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert isForIdentity(String identityId) {
        if (!actual.identityId().equals(identityId)) {
            failWithMessage(
                    "Expected the credentials %s to be for identity %s, but they are for identity %s.",
                    actual, identityId, actual.identityId());
        }
        return this;
    }

    /**
     * Asserts the identity pool of the identity the credentials were issued to.
     *
     * @param identityPoolId the identity pool id expected
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert isInPool(String identityPoolId) {
        if (!actual.identityPoolId().equals(identityPoolId)) {
            failWithMessage(
                    "Expected the credentials %s to be in pool %s, but they are in pool %s.",
                    actual, identityPoolId, actual.identityPoolId());
        }
        return this;
    }

    /**
     * Asserts the provider (Logins key) of the login that chose the role; fails for guest credentials.
     *
     * @param provider the Logins key expected, such as {@code accounts.google.com}
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert hasProvider(String provider) {
        if (!actual.provider().filter(p -> p.equals(provider)).isPresent()) {
            failWithMessage(
                    "Expected the credentials %s to come from provider %s, but they came from %s.",
                    actual, provider, actual.provider().orElse("guest access"));
        }
        return this;
    }

    /**
     * Asserts that the credentials were issued to a guest (no login, the unauthenticated role).
     *
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert isGuest() {
        if (!actual.isGuest()) {
            failWithMessage(
                    "Expected the credentials %s to be issued to a guest, but they came from provider %s.",
                    actual, actual.provider().orElseThrow());
        }
        return this;
    }

    /**
     * Asserts the access key id of the credentials, to tie them to the credentials the code under test holds.
     *
     * @param accessKeyId the AccessKeyId expected ({@code ASIA...})
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert hasAccessKeyId(String accessKeyId) {
        if (!actual.accessKeyId().equals(accessKeyId)) {
            failWithMessage("Expected the credentials %s to have access key id %s.", actual, accessKeyId);
        }
        return this;
    }

    /**
     * Asserts when the credentials expire.
     *
     * @param expiration the expiration expected, as the response's {@code Expiration} said it
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert expiresAt(Instant expiration) {
        if (!actual.expiration().equals(expiration)) {
            failWithMessage(
                    "Expected the credentials %s to expire at %s, but they expire at %s.",
                    actual, expiration, actual.expiration());
        }
        return this;
    }

    /**
     * Asserts exactly the session (principal) tags the credentials carry, in any order.
     *
     * @param sessionTags every tag expected, tag key to value; empty for none
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert hasSessionTags(Map<String, String> sessionTags) {
        Objects.requireNonNull(sessionTags, "sessionTags");
        if (!actual.sessionTags().equals(sessionTags)) {
            failWithMessage(
                    "Expected the credentials %s to carry the session tags %s, but they carry %s.",
                    actual, sessionTags, actual.sessionTags());
        }
        return this;
    }

    /**
     * Asserts that the credentials carry this session tag with this value (among any others).
     *
     * @param key the tag key
     * @param value the value expected; {@code null} asserts that the tag is absent
     * @return this assertion, for chaining
     */
    public IssuedCredentialAssert hasSessionTag(String key, String value) {
        Objects.requireNonNull(key, "key");
        if (!Objects.equals(actual.sessionTags().get(key), value)) {
            failWithMessage(
                    "Expected the credentials %s to carry the session tag %s=%s, but they carry %s.",
                    actual, key, value, actual.sessionTags());
        }
        return this;
    }
}
