package io.github.cognitofake.assertj;

import io.github.cognitofake.journal.CallJournal;
import io.github.cognitofake.journal.RecordedCall;
import io.github.cognitofake.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;

/**
 * Assertions on the calls of one operation (or request type) that a fake received, optionally narrowed
 * to requests matching a condition. Counts are API calls; {@link #attempts(int)} counts HTTP attempts,
 * as faults do. Every method returns this for chaining, except {@link #call(int)}.
 *
 * @param <R> the request type conditions see
 */
public final class ReceivedAssert<R extends CognitoIdentityRequest> {

    private final CognitoIdentityFakeAssert owner;
    private final CallJournal journal;
    private final Class<R> requestType;
    private final Operation operation; // null: any operation with a request of requestType
    private final List<RequestMatch<R>> conditions = new ArrayList<>();

    ReceivedAssert(CognitoIdentityFakeAssert owner, CallJournal journal, Class<R> requestType, Operation operation) {
        this.owner = owner;
        this.journal = journal;
        this.requestType = requestType;
        this.operation = operation;
    }

    /**
     * Narrows to calls whose typed request matches; asserts that at least one does.
     *
     * @param predicate the condition on the typed request
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> withRequest(Predicate<? super R> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return narrow(RequestMatch.predicate(requestType, predicate, "matching the given predicate"))
                .atLeast(1);
    }

    /**
     * Like {@link #withRequest(Predicate)}, with a description for failure messages.
     *
     * @param description what the predicate checks, in words
     * @param predicate the condition on the typed request
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> withRequest(String description, Predicate<? super R> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return narrow(RequestMatch.predicate(requestType, predicate, description))
                .atLeast(1);
    }

    /**
     * Narrows to calls whose request equals this partial request in every member it sets (members left
     * unset match anything); asserts that at least one does. Failure messages put the calls that differ
     * in the fewest members first.
     *
     * @param partial a request with only the members to compare set
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> withRequestLike(R partial) {
        Objects.requireNonNull(partial, "partial");
        return narrow(RequestMatch.like(partial)).atLeast(1);
    }

    ReceivedAssert<R> narrow(RequestMatch<R> condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * Asserts exactly one matching call.
     *
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> once() {
        return times(1);
    }

    /**
     * Asserts exactly {@code n} matching calls.
     *
     * @param n the expected number of calls
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> times(int n) {
        return count(n, n, "exactly " + CallListing.times(n));
    }

    /**
     * Asserts exactly {@code n} matching calls; reads well after {@link #attempts(int)}.
     *
     * @param n the expected number of calls
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> calls(int n) {
        return times(n);
    }

    /**
     * Asserts at least {@code n} matching calls.
     *
     * @param n the least number of calls
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> atLeast(int n) {
        return count(n, Integer.MAX_VALUE, "at least " + CallListing.times(n));
    }

    /**
     * Asserts at most {@code n} matching calls.
     *
     * @param n the greatest number of calls
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> atMost(int n) {
        return count(0, n, "at most " + CallListing.times(n));
    }

    /**
     * Asserts that the matching calls made {@code n} HTTP attempts in all (the SDK's retries included,
     * as faults count them): {@code received(GET_ID).attempts(3).calls(1)}.
     *
     * @param n the expected number of HTTP attempts, summed over the matching calls
     * @return this assertion, for chaining
     */
    public ReceivedAssert<R> attempts(int n) {
        List<RecordedCall> matching = matching();
        long unknown = droppedCalls();
        long attempts;
        if (unknown == 0) {
            attempts =
                    matching.stream().mapToInt(call -> call.attempts().size()).sum();
        } else if (conditions.isEmpty() && operation != null) {
            attempts = journal.attemptCount(operation);
        } else {
            owner.fail("Cannot count the HTTP attempts of " + what() + ": " + dropNote(unknown));
            return this;
        }
        if (attempts != n) {
            owner.fail("Expected " + what() + " to take " + n + " HTTP attempt" + (n == 1 ? "" : "s")
                    + " in all, but " + callCount(matching.size() + unknown) + " took "
                    + attempts + "." + listing());
        }
        return this;
    }

    /**
     * Assertions on the {@code nth} matching call (1 for the first).
     *
     * @throws IllegalArgumentException if {@code nth < 1}
     * @param nth which matching call, counting from 1
     * @return assertions on that call
     */
    public RecordedCallAssert call(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("call(nth) counts from 1; got " + nth + ".");
        }
        long unknown = droppedCalls();
        if (unknown > 0) {
            owner.fail("Cannot tell which is call #" + nth + " of " + what() + ": " + dropNote(unknown));
        }
        List<RecordedCall> matching = matching();
        if (matching.size() < nth) {
            owner.fail("Expected a call #" + nth + " of " + what() + ", but there "
                    + (matching.size() == 1 ? "was " : "were ") + matching.size() + "." + listing());
        }
        return new RecordedCallAssert(matching.get(nth - 1));
    }

    private ReceivedAssert<R> count(int min, int max, String expected) {
        if (min < 0) {
            throw new IllegalArgumentException("A call count cannot be negative; got " + min + ".");
        }
        List<RecordedCall> matching = matching();
        // Calls whose details the journal dropped: without conditions they all match (the count is exact).
        long unknown = droppedCalls();
        long least = matching.size() + (conditions.isEmpty() ? unknown : 0);
        long most = matching.size() + unknown;
        if (least > max || most < min) {
            owner.fail("Expected " + what() + " to be received " + expected + ", but it was received "
                    + (least == most ? CallListing.times(least) : "between " + least + " and " + most + " times")
                    + "." + listing());
        } else if (least < min || most > max) {
            owner.fail("Expected " + what() + " to be received " + expected + ", but it was received between " + least
                    + " and " + most + " times: " + dropNote(unknown) + listing());
        }
        journal.markVerified(matching);
        return this;
    }

    /**
     * Calls that may match but whose details the journal dropped: those of this operation (all dropped calls
     * when any operation with this request type matches).
     */
    private long droppedCalls() {
        long dropped = journal.dropped();
        if (dropped == 0) {
            return 0;
        }
        if (operation == null) {
            return dropped;
        }
        long kept = journal.calls().stream()
                .filter(call -> call.operation().filter(operation::equals).isPresent())
                .count();
        return Math.max(0, journal.count(operation) - kept);
    }

    private String dropNote(long unknown) {
        return unknown + " of its calls " + (unknown == 1 ? "was" : "were")
                + " dropped from the journal, which keeps the details of the latest " + journal.limit()
                + " calls (build the fake with journalLimit(n) to keep more, or clear the journal between phases).";
    }

    private static String callCount(long n) {
        return n + " call" + (n == 1 ? "" : "s");
    }

    private List<RecordedCall> matching() {
        return journal.calls().stream().filter(this::matches).toList();
    }

    private boolean matches(RecordedCall call) {
        return distance(call) == 0;
    }

    /** 0 for a matching call; 1+ for a call of the right operation that fails conditions; more for others. */
    private int distance(RecordedCall call) {
        boolean rightOperation = operation == null
                ? call.request().filter(requestType::isInstance).isPresent()
                : call.operation().filter(operation::equals).isPresent();
        if (!rightOperation) {
            return 1_000_000;
        }
        int distance = 0;
        for (RequestMatch<R> condition : conditions) {
            distance += call.request().map(condition::distance).orElse(1000);
        }
        return distance;
    }

    private String what() {
        StringBuilder out = new StringBuilder(operation == null ? requestType.getSimpleName() : operation.wireName());
        for (RequestMatch<R> condition : conditions) {
            out.append(" with a request ").append(condition.description());
        }
        return out.toString();
    }

    private String listing() {
        long dropped = journal.dropped();
        return CallListing.of(journal.calls(), this::distance)
                + (dropped == 0
                        ? ""
                        : "\n(" + dropped + " older call" + (dropped == 1 ? " was" : "s were")
                                + " dropped from the journal: it keeps the latest " + journal.limit() + ".)");
    }
}
