package io.github.cognitofake.fault;

import io.github.cognitofake.operation.Operation;
import java.util.List;

/**
 * The fault plan of one fake: rules that answer some HTTP attempts with an error, a delay, a broken
 * connection or a corrupted body instead of (or before) the service's own answer.
 *
 * <pre>{@code
 * fake.faults().on(Operation.GET_IDENTITY_POOL_ROLES).throttle().times(2);
 * fake.faults().on(Operation.CREATE_IDENTITY_POOL).connectionReset().once();
 * fake.faults().onAnyOperation().latency(Duration.ofMillis(200)).always();
 * }</pre>
 *
 * <p><b>Faults count HTTP attempts</b>, as the service sees them: every retry of the SDK is one more
 * attempt. For each attempt the rules are tried in the order they were added. A rule sees an attempt
 * when the attempt matches its operations and request predicate and no earlier rule answered it; it
 * then counts the attempt and its schedule ({@link FaultRule#once()}, {@link FaultRule#times(int)}, ...)
 * decides whether it fires. Latency rules delay the attempt and let later rules see it too; every other
 * rule that fires answers the attempt, so later rules do not see it. That makes sequences natural:
 * {@code on(X).throttle().times(2); on(X).notAuthorized("...").once();} throttles attempts 1 and 2 and
 * refuses attempt 3.
 *
 * <p>Rules belong to one fake and never affect another; {@link #clear()} and the fake's
 * {@code reset()} remove them. Thread-safe: rules may be added and attempts answered from any thread.
 * Add rules before the code under test runs: a rule applies from the moment its kind is chosen
 * ({@code throttle()}, ...) and until a schedule is chosen it fires {@linkplain FaultRule#always() always}.
 */
public interface Faults {

    /**
     * Starts a rule for attempts of these operations.
     *
     * @throws NullPointerException if an operation is null
     * @param operation an operation whose attempts the rule applies to
     * @param more further operations
     * @return the rule being written, for choosing what it does
     */
    FaultTarget on(Operation operation, Operation... more);

    /**
     * Starts a rule for attempts of every operation, including requests the service cannot route.
     *
     * @return the rule being written, for choosing what it does
     */
    FaultTarget onAnyOperation();

    /** {@return the rules in the order they are tried; a snapshot} */
    List<FaultRule> rules();

    /** Removes every rule; attempts from now on reach the service untouched. */
    void clear();
}
