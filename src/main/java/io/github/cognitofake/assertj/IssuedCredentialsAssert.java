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

    /** Narrows to credentials issued to this identity; asserts that there is at least one. */
    public IssuedCredentialsAssert forIdentity(String identityId) {
        Objects.requireNonNull(identityId, "identityId");
        return narrow("for identity " + identityId, c -> c.identityId().equals(identityId));
    }

    /** Narrows to credentials issued to identities of this pool; asserts that there is at least one. */
    public IssuedCredentialsAssert forPool(String identityPoolId) {
        Objects.requireNonNull(identityPoolId, "identityPoolId");
        return narrow("in pool " + identityPoolId, c -> c.identityPoolId().equals(identityPoolId));
    }

    /** Narrows to credentials for this role; asserts that there is at least one. */
    public IssuedCredentialsAssert withRole(String roleArn) {
        Objects.requireNonNull(roleArn, "roleArn");
        return narrow("with role " + roleArn, c -> c.roleArn().equals(roleArn));
    }

    /**
     * Narrows to credentials whose role was chosen by a login of this provider (its Logins key, such as
     * {@code accounts.google.com}); asserts that there is at least one.
     */
    public IssuedCredentialsAssert fromProvider(String provider) {
        Objects.requireNonNull(provider, "provider");
        return narrow("from provider " + provider, c -> c.provider().filter(provider::equals).isPresent());
    }

    /** Narrows to credentials issued to guests (no login); asserts that there is at least one. */
    public IssuedCredentialsAssert forGuests() {
        return narrow("to guests", IssuedCredentials::isGuest);
    }

    /** Asserts that exactly one credential is selected. */
    public IssuedCredentialsAssert once() {
        return times(1);
    }

    /** Asserts that exactly {@code n} credentials are selected. */
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

    /** Asserts that every selected credential is for this role: the user never received another one. */
    public IssuedCredentialsAssert allWithRole(String roleArn) {
        Objects.requireNonNull(roleArn, "roleArn");
        long others = selected().stream().filter(c -> !c.roleArn().equals(roleArn)).count();
        if (others > 0) {
            owner.fail("Expected every one of the " + what() + " to be for role " + roleArn + ", but " + others
                    + (others == 1 ? " was not." : " were not.")
                    + listing(c -> distance(c) + (c.roleArn().equals(roleArn) ? 1 : 0)));
        }
        return this;
    }

    /** Asserts that no selected credential is for this role: the user never received it. */
    public IssuedCredentialsAssert noneWithRole(String roleArn) {
        Objects.requireNonNull(roleArn, "roleArn");
        long matching = selected().stream().filter(c -> c.roleArn().equals(roleArn)).count();
        if (matching > 0) {
            owner.fail("Expected none of the " + what() + " to be for role " + roleArn + ", but " + matching
                    + (matching == 1 ? " was." : " were.")
                    + listing(c -> distance(c) + (c.roleArn().equals(roleArn) ? 0 : 1)));
        }
        return this;
    }

    /** Asserts that exactly one credential is selected, and returns assertions on it. */
    public IssuedCredentialAssert singleElement() {
        once();
        return new IssuedCredentialAssert(selected().get(0));
    }

    /** Assertions on the most recently issued of the selected credentials; asserts that there is one. */
    public IssuedCredentialAssert last() {
        List<IssuedCredentials> selected = selected();
        if (selected.isEmpty()) {
            owner.fail("Expected " + what() + ", but there were none." + listing(this::distance));
        }
        return new IssuedCredentialAssert(selected.get(selected.size() - 1));
    }

    /**
     * Assertions on the {@code nth} selected credential in issue order (1 for the first).
     *
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
        return (int) conditions.stream().filter(condition -> !condition.predicate().test(credentials)).count();
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
        issued.stream().sorted(Comparator.comparingInt(distance)).forEach(c -> out.append("\n  ").append(c));
        return out.toString();
    }

    private record Condition(String description, Predicate<IssuedCredentials> predicate) {}
}
