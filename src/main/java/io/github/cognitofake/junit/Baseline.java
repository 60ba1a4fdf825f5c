package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.engine.FakeEngine;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.operation.Operation;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a fake held when a test (or, for a fresh fake, its first test) began, so that the checks after the test
 * look only at what the test itself did: its calls, its fault rules, its expectations.
 *
 * @param rules       the fault rules already in the plan, compared by identity
 * @param expected    the operations already expected
 * @param attempts    the attempts per operation so far
 * @param unexpected  how many unexpected operations were already remembered
 * @param lastCall    the sequence number of the last call already in the journal, 0 for none
 */
record Baseline(
        Set<FaultRule> rules,
        Set<Operation> expected,
        Map<Operation, Integer> attempts,
        int unexpected,
        long lastCall) {

    static Baseline of(CognitoIdentityFake fake) {
        FakeEngine engine = EngineAccess.of(fake);
        Set<FaultRule> rules = Collections.newSetFromMap(new IdentityHashMap<>());
        rules.addAll(fake.faults().rules());
        List<RecordedCall> calls = fake.journal().calls();
        return new Baseline(
                Collections.unmodifiableSet(rules),
                engine.expectedOperations().orElse(Set.of()),
                engine.attemptsByOperation(),
                engine.unexpectedCalls().size(),
                calls.isEmpty() ? 0 : calls.get(calls.size() - 1).sequence());
    }
}
