package io.github.cognitofake.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What a fuzz run sent and got, counted for the summary line each run prints. */
final class FuzzStats {

    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder successes = new LongAdder();
    private final LongAdder modeledErrors = new LongAdder();
    private final LongAdder protocolErrors = new LongAdder();
    private final LongAdder documentedNonJson = new LongAdder();
    private final LongAdder statesCompared = new LongAdder();
    private final LongAdder fiveHundreds = new LongAdder();
    private final LongAdder nonJson = new LongAdder();
    private final LongAdder stateChanges = new LongAdder();
    private final LongAdder otherOffences = new LongAdder();

    /** An answer the oracle refused: counted by what was wrong with it before the property fails. */
    void offence(Wire.Answer answer, boolean documentedNonJson, boolean stateChanged) {
        requests.increment();
        if (stateChanged) {
            stateChanges.increment();
        } else if (answer.status() >= 500) {
            fiveHundreds.increment();
        } else if (!documentedNonJson && !"application/x-amz-json-1.1".equals(answer.header("Content-Type"))) {
            nonJson.increment();
        } else {
            otherOffences.increment();
        }
    }

    void count(FuzzCall call, Oracle.Verdict verdict, boolean stateCompared) {
        requests.increment();
        kinds.computeIfAbsent(call.kind().name(), k -> new LongAdder()).increment();
        answers.computeIfAbsent(verdict.answerClass(), k -> new LongAdder()).increment();
        if (!verdict.error()) {
            successes.increment();
        } else if (!verdict.json()) {
            documentedNonJson.increment();
        } else if (isProtocolError(verdict.answerClass())) {
            protocolErrors.increment();
        } else {
            modeledErrors.increment();
        }
        if (stateCompared) {
            statesCompared.increment();
        }
    }

    private static boolean isProtocolError(String answerClass) {
        return answerClass.startsWith("400 BadRequest")
                || Oracle.PROTOCOL_ERRORS.stream().anyMatch(type -> answerClass.equals("400 " + type));
    }

    long requests() {
        return requests.sum();
    }

    /**
     * One line: requests sent, answers by class, and the counts of wrong answers, which a passing run keeps at
     * zero (a failing property stops at its first wrong answer and reports it).
     */
    String summary(String label, long millis) {
        return "fuzz summary [" + label + "]: " + requests.sum() + " requests in " + millis + " ms; "
                + successes.sum() + " 2xx, " + modeledErrors.sum() + " modeled service errors, "
                + protocolErrors.sum() + " protocol errors, " + documentedNonJson.sum()
                + " documented non-JSON front-door answers; " + fiveHundreds.sum() + " unmodeled 5xx, "
                + nonJson.sum() + " undocumented non-JSON answers, " + stateChanges.sum() + " state changes after "
                + statesCompared.sum() + " errors and reads compared, " + otherOffences.sum()
                + " other wrong answers; by kind "
                + sorted(kinds) + "; by answer " + sorted(answers);
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((key, count) -> out.put(key, count.sum()));
        return out;
    }
}
