package io.github.cognitofake.internal.fault;

import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.fault.FaultTarget;
import io.github.cognitofake.fault.Faults;
import io.github.cognitofake.fault.InjectedFault;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.operation.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fault plan of one fake. Attempts read the rule list far more often than tests change it, hence a
 * copy-on-write list: deciding an attempt takes no lock except each reached rule's own counter lock.
 */
public final class FaultPlan implements Faults {

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    @Override
    public FaultTarget on(Operation operation, Operation... more) {
        Objects.requireNonNull(operation, "operation");
        Set<Operation> operations = EnumSet.of(operation);
        for (Operation next : Objects.requireNonNull(more, "more")) {
            operations.add(Objects.requireNonNull(next, "operation"));
        }
        return new TargetBuilder(this, Collections.unmodifiableSet(operations));
    }

    @Override
    public FaultTarget onAnyOperation() {
        return new TargetBuilder(this, null);
    }

    @Override
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    @Override
    public void clear() {
        rules.clear();
    }

    Rule add(Rule rule) {
        rules.add(rule);
        return rule;
    }

    void remove(Rule rule) {
        rules.remove(rule);
    }

    /**
     * Decides the fate of one HTTP attempt; see {@link Faults} for the order rules are tried in.
     *
     * @param operation what the attempt's X-Amz-Target names, read once by the caller
     */
    public Injection decide(WireRequest request, Optional<Operation> operation) {
        if (rules.isEmpty()) {
            return Injection.NONE;
        }
        AttemptRequest attempt = new AttemptRequest(request, operation);
        Duration delay = Duration.ZERO;
        List<InjectedFault> applied = new ArrayList<>(2);
        for (Rule rule : rules) {
            if (!rule.matches(attempt) || !rule.fires()) {
                continue;
            }
            FaultAction action = rule.action();
            applied.add(action.describe());
            if (!action.answers()) {
                delay = delay.plus(action.delay());
                continue;
            }
            return new Injection(delay, action, applied);
        }
        return applied.isEmpty() ? Injection.NONE : new Injection(delay, null, applied);
    }
}
