package io.github.cognitofake.internal.pipeline;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.protocol.ErrorResponses;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.operation.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations a strict fake expects. An attempt of any other operation is refused with an error
 * that names the strictness (HTTP 400, never retried by the SDK) and remembered, so a test whose code
 * swallowed the error still fails at {@code verifyNoUnexpectedCalls()}. It also counts the attempts of every
 * operation, strict or not, so that the JUnit extension can tell an {@code expect}ed operation that was never
 * called (its strict-stubs check).
 */
public final class ExpectedCalls {

    @Behaviour(id = "fake.unexpected-call", status = UNCONFIRMED)
    public static final String UNEXPECTED_CALL_CODE = "CognitoIdentityFakeUnexpectedCallException";

    private static final IdSource REQUEST_IDS = IdSource.random();

    private Set<Operation> expected; // null: not strict; guarded by this
    private final List<String> unexpected = new ArrayList<>(); // guarded by this
    private final Map<Operation, Integer> attempts = new EnumMap<>(Operation.class); // guarded by this

    /** Makes the fake strict, expecting these operations (in addition to any expected before). */
    public synchronized void expect(Set<Operation> operations) {
        if (expected == null) {
            expected = EnumSet.noneOf(Operation.class);
        }
        expected.addAll(operations);
    }

    /** The refusal of an unexpected operation, or empty when the attempt may proceed. */
    public synchronized Optional<WireResponse> check(Optional<Operation> operation) {
        operation.ifPresent(called -> attempts.merge(called, 1, Integer::sum));
        if (expected == null || operation.isEmpty() || expected.contains(operation.get())) {
            return Optional.empty();
        }
        String message = "cognito-identity-fake is strict and did not expect "
                + operation.get().wireName()
                + "; it expects only " + expected + ". If the call is intended, add it with fake.expect("
                + "Operation." + operation.get().name() + ").";
        unexpected.add(operation.get().wireName());
        return Optional.of(ErrorResponses.json(REQUEST_IDS.uuid(), 400, UNEXPECTED_CALL_CODE, message));
    }

    /** The unexpected operations attempted so far, in order. */
    public synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** How many attempts of each operation reached the fake since the last reset; operations never tried are absent. */
    public synchronized Map<Operation, Integer> attempts() {
        return attempts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(attempts));
    }

    /** The expected operations; empty when the fake is not strict. */
    public synchronized Optional<Set<Operation>> expected() {
        // An EnumSet copy keeps the operations in a stable (declaration) order for messages.
        return expected == null ? Optional.empty() : Optional.of(Collections.unmodifiableSet(EnumSet.copyOf(expected)));
    }

    /** Back to lenient: no expected operations, nothing unexpected remembered, no attempts counted. */
    public synchronized void reset() {
        expected = null;
        unexpected.clear();
        attempts.clear();
    }
}
