package io.github.cognitofake.assertj;

import io.github.cognitofake.credentials.IssuedCredentials;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Assertions on the credentials a fake issued through GetCredentialsForIdentity, narrowed step by step:
 * {@code issuedCredentials().forIdentity(id).withRole(arn).once()}. Each narrowing asserts that at least
 * one issued credential is left. Failure messages list every issued credential, closest to what was
 * expected first. Every method returns this for chaining, except those that pick one credential.
 */
public final class IssuedCredentialsAssert {

    private final CognitoIdentityFakeAssert owner;
    private final List<IssuedCredentials> issued;
    private final List<Condition> conditions = new ArrayList<>();

    IssuedCredentialsAssert(CognitoIdentityFakeAssert owner, List<IssuedCredentials> issued) {
        this.owner = owner;
        this.issued = List.copyOf(issued);
    }

    /**
     * Narrows to credentials issued to this identity; asserts that there is at least one.
     *
     * @param identityId the identity id
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert forIdentity(String identityId) {
        Objects.requireNonNull(identityId, "identityId");
        return narrow("for identity " + identityId, c -> c.identityId().equals(identityId));
    }

    /**
     * Narrows to credentials issued to identities of this pool; asserts that there is at least one.
     *
     * @param identityPoolId the identity pool id
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert forPool(String identityPoolId) {
        Objects.requireNonNull(identityPoolId, "identityPoolId");
        return narrow("in pool " + identityPoolId, c -> c.identityPoolId().equals(identityPoolId));
    }

    /**
     * Narrows to credentials for this role; asserts that there is at least one.
     *
     * @param roleArn the ARN of the IAM role
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert withRole(String roleArn) {
        Objects.requireNonNull(roleArn, "roleArn");
        return narrow("with role " + roleArn, c -> c.roleArn().equals(roleArn));
    }

    /**
     * Narrows to credentials whose role was chosen by a login of this provider (its Logins key, such as
     * {@code accounts.google.com}); asserts that there is at least one.
     *
     * @param provider the provider's Logins key
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert fromProvider(String provider) {
        Objects.requireNonNull(provider, "provider");
        return narrow(
                "from provider " + provider,
                c -> c.provider().filter(provider::equals).isPresent());
    }

    /**
     * Narrows to credentials issued to guests (no login); asserts that there is at least one.
     *
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert forGuests() {
        return narrow("to guests", IssuedCredentials::isGuest);
    }

    /**
     * Asserts that exactly one credential is selected.
     *
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert once() {
        return times(1);
    }

    /**
     * Asserts that exactly {@code n} credentials are selected.
     *
     * @param n the number expected; 0 asserts that none is
     * @return this assertion, for chaining
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public IssuedCredentialsAssert times(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A count of credentials cannot be negative; got " + n + ".");
        }
        List<IssuedCredentials> selected = selected();
        if (selected.size() != n) {
            owner.fail("Expected " + what() + " exactly " + CallListing.times(n) + ", but they were issued "
                    + CallListing.times(selected.size()) + "." + listing(this::distance));
        }
        return this;
    }

    /**
     * Asserts that every selected credential is for this role: the user never received another one.
     *
     * @param roleArn the ARN of the only IAM role allowed
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert allWithRole(String roleArn) {
        Objects.requireNonNull(roleArn, "roleArn");
        long others =
                selected().stream().filter(c -> !c.roleArn().equals(roleArn)).count();
        if (others > 0) {
            owner.fail("Expected every one of the " + what() + " to be for role " + roleArn + ", but " + others
                    + (others == 1 ? " was not." : " were not.")
                    + listing(c -> distance(c) + (c.roleArn().equals(roleArn) ? 1 : 0)));
        }
        return this;
    }

    /**
     * Asserts that no selected credential is for this role: the user never received it.
     *
     * @param roleArn the ARN of the IAM role that must not appear
     * @return this assertion, for chaining
     */
    public IssuedCredentialsAssert noneWithRole(String roleArn) {
        Objects.requireNonNull(roleArn, "roleArn");
        long matching =
                selected().stream().filter(c -> c.roleArn().equals(roleArn)).count();
        if (matching > 0) {
            owner.fail("Expected none of the " + what() + " to be for role " + roleArn + ", but " + matching
                    + (matching == 1 ? " was." : " were.")
                    + listing(c -> distance(c) + (c.roleArn().equals(roleArn) ? 0 : 1)));
        }
        return this;
    }

    /**
     * Asserts that exactly one credential is selected, to go on checking that one.
     *
     * @return assertions on the single selected credential
     */
    public IssuedCredentialAssert singleElement() {
        once();
        return new IssuedCredentialAssert(selected().get(0));
    }

    /**
     * Asserts that at least one credential is selected, to check the latest: the credentials the user holds now.
     *
     * @return assertions on the most recently issued of the selected credentials
     */
    public IssuedCredentialAssert last() {
        List<IssuedCredentials> selected = selected();
        if (selected.isEmpty()) {
            owner.fail("Expected " + what() + ", but there were none." + listing(this::distance));
        }
        return new IssuedCredentialAssert(selected.get(selected.size() - 1));
    }

    /**
     * Assertions on the {@code nth} selected credential in issue order (1 for the first); asserts that
     * there are at least {@code nth}.
     *
     * @param nth the position of the credential in issue order, counting from 1
     * @return assertions on that credential
     * @throws IllegalArgumentException if {@code nth < 1}
     */
    public IssuedCredentialAssert element(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("element(nth) counts from 1; got " + nth + ".");
        }
        List<IssuedCredentials> selected = selected();
        if (selected.size() < nth) {
            owner.fail("Expected a credential #" + nth + " of the " + what() + ", but there "
                    + (selected.size() == 1 ? "was " : "were ") + selected.size() + "." + listing(this::distance));
        }
        return new IssuedCredentialAssert(selected.get(nth - 1));
    }

    private IssuedCredentialsAssert narrow(String description, Predicate<IssuedCredentials> predicate) {
        conditions.add(new Condition(description, predicate));
        if (selected().isEmpty()) {
            owner.fail("Expected " + what() + ", but there were none." + listing(this::distance));
        }
        return this;
    }

    private List<IssuedCredentials> selected() {
        return issued.stream().filter(c -> distance(c) == 0).toList();
    }

    /** The number of conditions a credential fails: 0 for a selected one. */
    private int distance(IssuedCredentials credentials) {
        return (int) conditions.stream()
                .filter(condition -> !condition.predicate().test(credentials))
                .count();
    }

    private String what() {
        StringBuilder out = new StringBuilder("credentials issued");
        conditions.forEach(condition -> out.append(' ').append(condition.description()));
        return out.toString();
    }

    private String listing(java.util.function.ToIntFunction<IssuedCredentials> distance) {
        if (issued.isEmpty()) {
            return "\nCredentials issued: none.";
        }
        StringBuilder out = new StringBuilder("\nCredentials issued (closest first):");
        // A stable sort keeps issue order among credentials equally close.
        issued.stream()
                .sorted(Comparator.comparingInt(distance))
                .forEach(c -> out.append("\n  ").append(c));
        return out.toString();
    }

    private record Condition(String description, Predicate<IssuedCredentials> predicate) {}
}
