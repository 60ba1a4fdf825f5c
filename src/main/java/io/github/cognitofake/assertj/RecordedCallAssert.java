package io.github.cognitofake.assertj;

import io.github.cognitofake.journal.RecordedCall;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractAssert;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;

/** Assertions on one recorded call: its HTTP attempts, its outcome, its request. */
public final class RecordedCallAssert extends AbstractAssert<RecordedCallAssert, RecordedCall> {

    /**
     * Usually reached through {@link ReceivedAssert#call(int)}.
     *
     * @param call the call to check
     */
    public RecordedCallAssert(RecordedCall call) {
        super(Objects.requireNonNull(call, "call"), RecordedCallAssert.class);
    }

    /**
     * Asserts the number of HTTP attempts of the call (faults count HTTP attempts too).
     *
     * @param n the expected number of HTTP attempts
     * @return this assertion, for chaining
     */
    public RecordedCallAssert hasAttempts(int n) {
        int attempts = actual.attempts().size();
        if (attempts != n) {
            failWithMessage(
                    "Expected call %s to take %d HTTP attempts, but it took %d: %s",
                    actual, n, attempts, actual.attempts());
        }
        return this;
    }

    /**
     * Asserts that the call succeeded.
     *
     * @return this assertion, for chaining
     */
    public RecordedCallAssert succeeded() {
        if (!actual.succeeded()) {
            failWithMessage(
                    "Expected call %s to succeed, but it %s. Attempts: %s",
                    actual, actual.failure().map(e -> "failed with " + e).orElse("did not"), actual.attempts());
        }
        return this;
    }

    /**
     * Asserts that the call failed with exactly this exception class.
     *
     * @param type the exact class of the expected exception
     * @return this assertion, for chaining
     */
    public RecordedCallAssert failedWith(Class<? extends Throwable> type) {
        Objects.requireNonNull(type, "type");
        Class<?> actualType = actual.failure().map(Object::getClass).orElse(null);
        if (actualType != type) {
            failWithMessage(
                    "Expected call %s to fail with %s, but it %s.",
                    actual,
                    type.getName(),
                    actual.failure().map(e -> "failed with " + e).orElse("did not fail"));
        }
        return this;
    }

    /**
     * Runs assertions on the call's typed request.
     *
     * @param requirements assertions on the request
     * @return this assertion, for chaining
     */
    public RecordedCallAssert hasRequestSatisfying(Consumer<? super CognitoIdentityRequest> requirements) {
        Objects.requireNonNull(requirements, "requirements");
        if (actual.request().isEmpty()) {
            failWithMessage("Expected call %s to have a typed request, but it was recorded from the wire.", actual);
        }
        requirements.accept(actual.request().get());
        return this;
    }
}
