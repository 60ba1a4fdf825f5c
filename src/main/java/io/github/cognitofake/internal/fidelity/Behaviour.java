package io.github.cognitofake.internal.fidelity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the place that implements a behaviour of the real service that the API reference does not pin down:
 * a message text, a quota, the order of checks, what an answer leaves out. Each id is one row of
 * {@code docs/fidelity.md}, where the row says what the fake answers and on what evidence; a test keeps the
 * marks and the rows in step, so a behaviour cannot change in one place without the other.
 *
 * <p>Each id marks exactly one place. A place may carry several marks when it implements several rows.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.CONSTRUCTOR})
@Repeatable(Behaviours.class)
public @interface Behaviour {

    /** The row's id in docs/fidelity.md, {@code <family>.<what>}, such as {@code pools.update-keeps-omitted-tags}. */
    String id();

    /** How sure we are; the same as the row's status. */
    Status status();

    /** The evidence for a behaviour. */
    enum Status {
        /** Seen in the model, an AWS document, an answer of the real service quoted in public, or SDK source. */
        CONFIRMED,
        /** Evidence showed an earlier choice wrong; the fake now answers as observed. */
        REFUTED_AND_FIXED,
        /** Our most plausible choice; the ledger says why and what was looked at. */
        UNCONFIRMED
    }
}
