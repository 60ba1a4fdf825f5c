package io.github.cognitofake.fault;

/**
 * A rule of the fault plan: its schedule (how often it fires) and what it has done so far.
 *
 * <p><b>Faults count HTTP attempts</b>, as the service sees them. The schedule counts the attempts that
 * reach this rule (see {@link Faults}); a new rule fires {@linkplain #always() always} until a schedule
 * is chosen. Choose one schedule per rule. Thread-safe.
 */
public interface FaultRule {

    /**
     * Fires on the first attempt that reaches the rule only.
     *
     * @return this rule, for chaining
     */
    FaultRule once();

    /**
     * Fires on the first {@code n} attempts that reach the rule.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     * @param n how many attempts to fire on
     * @return this rule, for chaining
     */
    FaultRule times(int n);

    /**
     * Fires on every attempt that reaches the rule (the default).
     *
     * @return this rule, for chaining
     */
    FaultRule always();

    /**
     * Lets the first {@code n} attempts through, then fires on every later one.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     * @param n how many attempts to let through first
     * @return this rule, for chaining
     */
    FaultRule afterAttempts(int n);

    /**
     * Fires on every {@code n}th attempt that reaches the rule: the {@code n}th, {@code 2n}th, ...
     *
     * @throws IllegalArgumentException if {@code n < 1}
     * @param n the period
     * @return this rule, for chaining
     */
    FaultRule everyNthAttempt(int n);

    /**
     * Fires on each attempt with this probability, drawn from a random sequence started from
     * {@code seed}: the same attempts in the same order fire the same way in every run. With calls from
     * several threads at once the order of attempts, and so the outcome, may vary.
     *
     * @throws IllegalArgumentException if the probability is not within [0, 1]
     * @param probability the chance that an attempt fires, from 0 to 1
     * @param seed the start of the random sequence
     * @return this rule, for chaining
     */
    FaultRule withProbability(double probability, long seed);

    /**
     * {@return what the rule does to an attempt, for example
     * {@code TooManyRequestsException (HTTP 400): Rate exceeded}}
     */
    String description();

    /** {@return how many attempts reached this rule (matched it and were not answered by an earlier rule)} */
    int attemptsSeen();

    /** {@return how many attempts this rule fired on} */
    int attemptsFaulted();

    /** Takes the rule out of the plan; attempts from now on no longer see it. */
    void remove();
}
