package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.FaultRequest;
import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.operation.Operation;
import java.util.Set;
import java.util.function.Predicate;

/** One rule of a {@link FaultPlan}: which attempts, what happens, and its schedule and counters. */
final class Rule implements FaultRule {

    private final FaultPlan plan;
    private final Set<Operation> operations; // null: any operation, even an unknown target
    private final Predicate<? super FaultRequest> predicate;
    private final FaultAction action;

    // Guarded by this: the schedule, the counters and the check "schedule chosen once" move together.
    private Schedule schedule = Schedule.ALWAYS;
    private String scheduleName;
    private int seen;
    private int faulted;

    Rule(FaultPlan plan, Set<Operation> operations, Predicate<? super FaultRequest> predicate, FaultAction action) {
        this.plan = plan;
        this.operations = operations;
        this.predicate = predicate;
        this.action = action;
    }

    FaultAction action() {
        return action;
    }

    /** Whether the attempt is one this rule is about; runs the user's predicate, so outside any lock. */
    boolean matches(AttemptRequest request) {
        if (operations != null
                && (request.operation().isEmpty()
                        || !operations.contains(request.operation().get()))) {
            return false;
        }
        return predicate.test(request);
    }

    /** Counts an attempt that reached the rule and says whether the rule fires on it. */
    synchronized boolean fires() {
        seen++;
        boolean fires = schedule.fires(seen);
        if (fires) {
            faulted++;
        }
        return fires;
    }

    @Override
    public FaultRule once() {
        return schedule(Schedule.firstAttempts(1), "once()");
    }

    @Override
    public FaultRule times(int n) {
        requireAtLeast(n, 1, "times");
        return schedule(Schedule.firstAttempts(n), "times(" + n + ")");
    }

    @Override
    public FaultRule always() {
        return schedule(Schedule.ALWAYS, "always()");
    }

    @Override
    public FaultRule afterAttempts(int n) {
        requireAtLeast(n, 0, "afterAttempts");
        return schedule(Schedule.afterAttempts(n), "afterAttempts(" + n + ")");
    }

    @Override
    public FaultRule everyNthAttempt(int n) {
        requireAtLeast(n, 1, "everyNthAttempt");
        return schedule(Schedule.everyNth(n), "everyNthAttempt(" + n + ")");
    }

    @Override
    public FaultRule withProbability(double probability, long seed) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(
                    "withProbability takes a probability from 0 to 1, such as 0.25; got " + probability + ".");
        }
        return schedule(Schedule.probability(probability, seed), "withProbability(" + probability + ", " + seed + ")");
    }

    private synchronized FaultRule schedule(Schedule chosen, String name) {
        if (scheduleName != null) {
            throw new IllegalStateException("This fault rule already fires " + scheduleName
                    + "; a rule has one schedule. Add a second rule for another pattern.");
        }
        schedule = chosen;
        scheduleName = name;
        return this;
    }

    private static void requireAtLeast(int n, int min, String method) {
        if (n < min) {
            throw new IllegalArgumentException(method + " takes a count of at least " + min + "; got " + n
                    + (min == 1 ? ". Use remove() or Faults.clear() to stop a rule." : "."));
        }
    }

    @Override
    public String description() {
        return action.describe().description();
    }

    @Override
    public synchronized int attemptsSeen() {
        return seen;
    }

    @Override
    public synchronized int attemptsFaulted() {
        return faulted;
    }

    @Override
    public void remove() {
        plan.remove(this);
    }

    @Override
    public synchronized String toString() {
        return (operations == null ? "any operation" : operations.toString()) + " -> " + action.describe()
                + ", " + (scheduleName == null ? "always()" : scheduleName)
                + " [seen " + seen + ", faulted " + faulted + "]";
    }
}
