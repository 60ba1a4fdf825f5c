package io.github.cognitofake.assertj;

import io.github.cognitofake.journal.RecordedCall;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** The "calls received" part of a failure message: every call, the closest to what was expected first. */
final class CallListing {

    private CallListing() {}

    /** @param distance 0 for a call that matches what was expected, more for calls further away */
    static String of(List<RecordedCall> calls, ToIntFunction<RecordedCall> distance) {
        if (calls.isEmpty()) {
            return "\nCalls received: none.";
        }
        StringBuilder out = new StringBuilder("\nCalls received (closest first):");
        calls.stream()
                .sorted(Comparator.comparingInt(distance).thenComparingLong(RecordedCall::sequence))
                .forEach(call -> out.append("\n  ").append(call));
        return out.toString();
    }

    static String times(long n) {
        return n == 1 ? "1 time" : n + " times";
    }
}
