package io.github.cognitofake.assertj;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.journal.CallJournal;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.operation.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;

/**
 * Assertions on the calls a fake received, read from its {@linkplain CognitoIdentityFake#journal() journal}.
 * Every failure message lists the calls actually received, closest to what was expected first.
 *
 * <p>Like Mockito's {@code verify}, each passing count assertion marks the calls it matched as checked,
 * so {@link #receivedNothingElse()} can fail on the calls no assertion mentioned.
 */
public final class CognitoIdentityFakeAssert extends AbstractAssert<CognitoIdentityFakeAssert, CognitoIdentityFake> {

    private final CallJournal journal;

    /**
     * Usually reached through {@link CognitoIdentityFakeAssertions#assertThat(CognitoIdentityFake)}.
     *
     * @param fake the fake whose journal to check
     */
    public CognitoIdentityFakeAssert(CognitoIdentityFake fake) {
        super(Objects.requireNonNull(fake, "fake"), CognitoIdentityFakeAssert.class);
        this.journal = fake.journal();
    }

    /**
     * Asserts that the operation was received at least once, and narrows further assertions to its calls:
     * {@code received(GET_ID).once()}, {@code received(GET_ID).attempts(3).calls(1)}.
     *
     * @param operation the operation expected
     * @return assertions on the calls of that operation
     */
    public ReceivedAssert<CognitoIdentityRequest> received(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        return new ReceivedAssert<>(this, journal, CognitoIdentityRequest.class, operation).atLeast(1);
    }

    /**
     * Asserts that a request of this type was received at least once, for typed request conditions:
     * {@code received(GetIdentityPoolRolesRequest.class).withRequest(r -> r.identityPoolId().equals(id))}.
     *
     * @param <R> the request type
     * @param requestType the SDK request class of the operation expected
     * @return assertions on the calls with requests of that type
     */
    public <R extends CognitoIdentityRequest> ReceivedAssert<R> received(Class<R> requestType) {
        Objects.requireNonNull(requestType, "requestType");
        return new ReceivedAssert<>(this, journal, requestType, RequestTypes.operationOf(requestType)).atLeast(1);
    }

    /**
     * Asserts that the operation was never received.
     *
     * @param operation the operation that must not have been called
     * @return this assertion, for chaining
     */
    public CognitoIdentityFakeAssert neverReceived(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        new ReceivedAssert<>(this, journal, CognitoIdentityRequest.class, operation).times(0);
        return this;
    }

    /**
     * Asserts that no request of this type matching the predicate was received.
     *
     * @param <R> the request type
     * @param requestType the SDK request class of the operation
     * @param predicate what no request of that type may match
     * @return this assertion, for chaining
     */
    public <R extends CognitoIdentityRequest> CognitoIdentityFakeAssert neverReceived(
            Class<R> requestType, Predicate<? super R> predicate) {
        new ReceivedAssert<>(this, journal, requestType, RequestTypes.operationOf(requestType))
                .narrow(RequestMatch.predicate(requestType, predicate, "matching the given predicate"))
                .times(0);
        return this;
    }

    /**
     * Asserts that these operations were received in this order (other calls may come between them);
     * an operation may appear more than once.
     *
     * @param first the operation expected first
     * @param then the operations expected after it, in order
     * @return this assertion, for chaining
     */
    public CognitoIdentityFakeAssert receivedInOrder(Operation first, Operation... then) {
        List<Operation> expected = new java.util.ArrayList<>();
        expected.add(Objects.requireNonNull(first, "first"));
        expected.addAll(Arrays.asList(then));
        List<RecordedCall> calls = journal.calls();
        int next = 0;
        List<RecordedCall> matched = new java.util.ArrayList<>();
        for (RecordedCall call : calls) {
            if (next < expected.size()
                    && call.operation().filter(expected.get(next)::equals).isPresent()) {
                matched.add(call);
                next++;
            }
        }
        if (next < expected.size()) {
            Operation missing = expected.get(next);
            fail("Expected the calls " + expected + " in this order, but after "
                    + (next == 0 ? "the start" : "#" + matched.get(next - 1).sequence()) + " there was no " + missing
                    + "."
                    + CallListing.of(
                            calls,
                            call -> call.operation().filter(missing::equals).isPresent() ? 0 : 1));
        }
        journal.markVerified(matched);
        return this;
    }

    /**
     * Asserts that the fake received no call at all.
     *
     * @return this assertion, for chaining
     */
    public CognitoIdentityFakeAssert receivedNothing() {
        List<RecordedCall> calls = journal.calls();
        long count = journal.count();
        if (count != 0) {
            fail("Expected no calls, but received " + count + (count == 1 ? " call." : " calls.")
                    + CallListing.of(calls, call -> 0));
        }
        return this;
    }

    /**
     * Asserts that every call was checked by an earlier assertion on this fake, like Mockito's
     * {@code verifyNoMoreInteractions}: lists the calls nobody asserted.
     *
     * @return this assertion, for chaining
     */
    public CognitoIdentityFakeAssert receivedNothingElse() {
        List<RecordedCall> unchecked = journal.unverified();
        if (!unchecked.isEmpty()) {
            StringBuilder message =
                    new StringBuilder("Expected nothing else, but these calls were not checked by any assertion:");
            unchecked.forEach(call -> message.append("\n  ").append(call));
            fail(message.toString());
        }
        return this;
    }

    /**
     * Assertions on the credentials the fake issued through GetCredentialsForIdentity, to narrow step by
     * step: {@code issuedCredentials().forIdentity(id).withRole(arn).once()}. Asserts nothing by itself.
     *
     * @return assertions on every credential the fake issued so far
     */
    public IssuedCredentialsAssert issuedCredentials() {
        return new IssuedCredentialsAssert(this, actual.issuedCredentials());
    }

    /**
     * Asserts that credentials were issued to this identity, and narrows to them:
     * {@code issuedCredentialsFor(id).allWithRole(arn)}.
     *
     * @param identityId the identity expected to have received credentials
     * @return assertions on the credentials issued to that identity
     */
    public IssuedCredentialsAssert issuedCredentialsFor(String identityId) {
        return issuedCredentials().forIdentity(identityId);
    }

    /**
     * Asserts that the fake issued no credentials at all.
     *
     * @return this assertion, for chaining
     */
    public CognitoIdentityFakeAssert issuedNoCredentials() {
        List<IssuedCredentials> issued = actual.issuedCredentials();
        if (!issued.isEmpty()) {
            StringBuilder message = new StringBuilder("Expected no credentials to be issued, but ")
                    .append(issued.size())
                    .append(issued.size() == 1 ? " was." : " were.")
                    .append("\nCredentials issued:");
            issued.forEach(credentials -> message.append("\n  ").append(credentials));
            fail(message.toString());
        }
        return this;
    }

    // AbstractAssert's failWithMessage is protected; the ReceivedAssert of this fake fails through here.
    void fail(String message) {
        failWithMessage(message.replace("%", "%%"));
    }
}
