package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.engine.FakeEngine;
import io.github.cognitofake.journal.RecordedAttempt;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * What the extension says about a fake after a test: the strictness problems of what the test did since its
 * {@link Baseline}, and the report of the calls it made.
 */
final class Review {

    /** Calls listed in a report at most; a longer journal is summed up. */
    static final int MAX_LISTED_CALLS = 50;

    private final CognitoIdentityFake fake;
    private final FakeEngine engine;
    private final Baseline baseline;

    Review(CognitoIdentityFake fake, Baseline baseline) {
        this.fake = fake;
        this.engine = EngineAccess.of(fake);
        this.baseline = baseline;
    }

    /** Unexpected operations a strict fake received since the baseline, in order. */
    List<String> unexpectedCalls() {
        List<String> all = engine.unexpectedCalls();
        return all.size() <= baseline.unexpected() ? List.of() : all.subList(baseline.unexpected(), all.size());
    }

    /** Fault rules added since the baseline, still in the plan, that never fired, minus those in {@code skip}. */
    List<FaultRule> unfiredRules(Set<FaultRule> skip) {
        return fake.faults().rules().stream()
                .filter(rule -> !baseline.rules().contains(rule) && !skip.contains(rule))
                .filter(rule -> rule.attemptsFaulted() == 0)
                .toList();
    }

    /** Fault rules added since the baseline and still in the plan. */
    List<FaultRule> newRules() {
        return fake.faults().rules().stream()
                .filter(rule -> !baseline.rules().contains(rule))
                .toList();
    }

    /** Operations expected since the baseline. */
    List<Operation> newExpectations() {
        return engine.expectedOperations().orElse(Set.of()).stream()
                .filter(operation -> !baseline.expected().contains(operation))
                .toList();
    }

    /** Operations expected since the baseline, minus those in {@code skip}, with no attempt since the baseline. */
    List<Operation> uncalledExpectations(Set<Operation> skip) {
        Map<Operation, Integer> now = engine.attemptsByOperation();
        return newExpectations().stream()
                .filter(operation -> !skip.contains(operation))
                .filter(operation ->
                        now.getOrDefault(operation, 0) <= baseline.attempts().getOrDefault(operation, 0))
                .toList();
    }

    /** The problems {@code level} reports, each one line; empty when there are none. */
    List<String> problems(Strictness level, Set<FaultRule> skipRules, Set<Operation> skipExpectations) {
        List<String> problems = new ArrayList<>();
        if (level.reportsUnexpectedCalls()) {
            problems.addAll(unexpectedProblems());
        }
        if (level.reportsUnusedStubs()) {
            problems.addAll(unusedProblems(skipRules, skipExpectations));
        }
        return problems;
    }

    private List<String> unexpectedProblems() {
        List<String> unexpected = unexpectedCalls();
        if (unexpected.isEmpty()) {
            return List.of();
        }
        return List.of("the strict fake received operations it did not expect: " + unexpected
                + "; it expects only " + engine.expectedOperations().orElse(Set.of())
                + ". The code under test got CognitoIdentityFakeUnexpectedCallException; if the calls are intended,"
                + " add the operations with fake.expect(...).");
    }

    /** Fault rules that never fired and expectations never called, since the baseline, minus the skipped ones. */
    List<String> unusedProblems(Set<FaultRule> skipRules, Set<Operation> skipExpectations) {
        List<String> problems = new ArrayList<>();
        for (FaultRule rule : unfiredRules(skipRules)) {
            problems.add("a fault rule never fired: " + rule
                    + ". Remove it, or check its operations, identity pool, predicate and schedule.");
        }
        List<Operation> uncalled = uncalledExpectations(skipExpectations);
        if (!uncalled.isEmpty()) {
            problems.add("expected operations were never called: " + uncalled
                    + ". Remove them from fake.expect(...), or check that the code under test calls them.");
        }
        return problems;
    }

    /** The message of the problems found after a test or a class ({@code what}). */
    static String describe(Strictness level, List<String> problems, String what) {
        StringBuilder out = new StringBuilder("Cognito Identity fake, strictness ")
                .append(level)
                .append(", after the ")
                .append(what)
                .append(':');
        problems.forEach(problem -> out.append("\n  - ").append(problem));
        out.append("\n(Strictness is set with @CognitoIdentityFakeTest(strictness = ...), the extension builder's"
                + " strictness(...) or the configuration parameter " + Strictness.CONFIGURATION_PARAMETER + ".)");
        return out.toString();
    }

    /** Whether a test's exception says it was skipped (an assumption failed) rather than that it failed. */
    static boolean aborted(Throwable failure) {
        return failure instanceof TestAbortedException;
    }

    /** The calls since the baseline, their attempts and faults, and the fake's fault plan and strictness. */
    String report() {
        List<RecordedCall> calls = fake.journal().calls().stream()
                .filter(call -> call.sequence() > baseline.lastCall())
                .toList();
        StringBuilder out = new StringBuilder();
        if (calls.isEmpty()) {
            out.append("The Cognito Identity fake received no calls in this test.");
        } else {
            out.append("The Cognito Identity fake received ")
                    .append(calls.size())
                    .append(calls.size() == 1 ? " call" : " calls")
                    .append(" in this test:");
            calls.stream().limit(MAX_LISTED_CALLS).forEach(call -> appendCall(out, call));
            if (calls.size() > MAX_LISTED_CALLS) {
                out.append("\n  ... and ")
                        .append(calls.size() - MAX_LISTED_CALLS)
                        .append(" more");
            }
        }
        List<FaultRule> rules = fake.faults().rules();
        if (!rules.isEmpty()) {
            out.append("\nFault rules:");
            rules.forEach(rule -> out.append("\n  ").append(rule));
        }
        engine.expectedOperations().ifPresent(expected -> {
            out.append("\nStrict: expects only ").append(expected);
            List<String> unexpected = unexpectedCalls();
            if (!unexpected.isEmpty()) {
                out.append("; refused ").append(unexpected);
            }
        });
        return out.toString();
    }

    private static void appendCall(StringBuilder out, RecordedCall call) {
        out.append("\n  ").append(call);
        List<RecordedAttempt> attempts = call.attempts();
        boolean plain = attempts.size() == 1
                && attempts.get(0).faults().isEmpty()
                && attempts.get(0).errorCode().isEmpty()
                && attempts.get(0).status().orElse(0) / 100 == 2;
        if (!plain) {
            attempts.forEach(attempt -> out.append("\n      ").append(attempt));
        }
    }
}
