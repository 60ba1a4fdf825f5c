package io.github.cognitofake.junit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the extension checks after each test, in the tradition of Mockito's strictness. The fake itself always
 * refuses an operation a test did not {@code expect} once the test called {@code fake.expect(...)}; the levels
 * decide what the extension adds after the test:
 *
 * <table>
 * <caption>The levels</caption>
 * <tr><th>level</th><th>unexpected calls of a strict fake</th><th>fault rules that never fired, expected
 * operations never called</th></tr>
 * <tr><td>{@link #LENIENT}</td><td>not checked</td><td>not checked</td></tr>
 * <tr><td>{@link #WARN}</td><td>warned about</td><td>warned about</td></tr>
 * <tr><td>{@link #STRICT_CALLS} (the default)</td><td>fail the test</td><td>not checked</td></tr>
 * <tr><td>{@link #STRICT_STUBS}</td><td>fail the test</td><td>fail the test</td></tr>
 * </table>
 *
 * <p>A problem fails only a test that passed otherwise; a test that failed already keeps its own failure and
 * gets the problem as a suppressed note. Set the level per class ({@code @CognitoIdentityFakeTest(strictness =
 * ...)}), per registration ({@link CognitoIdentityFakeExtension.Builder#strictness}) or for the whole run with the
 * JUnit configuration parameter {@value #CONFIGURATION_PARAMETER} (for example in
 * {@code junit-platform.properties}); the class's or registration's own level wins.
 */
public enum Strictness {

    /**
     * The run's level: the configuration parameter {@value #CONFIGURATION_PARAMETER} if it is set, else
     * {@link #STRICT_CALLS}.
     */
    DEFAULT,

    /** Checks nothing after a test; {@code fake.verifyNoUnexpectedCalls()} is the test's own business. */
    LENIENT,

    /**
     * Checks what {@link #STRICT_STUBS} checks, but only reports it, as a JUnit report entry and a
     * {@code java.util.logging} warning, and never fails a test: for finding the problems of an existing suite.
     */
    WARN,

    /**
     * Fails a test whose fake was made strict with {@code expect(...)} and received an operation it did not
     * expect, even if the code under test swallowed the refusal ({@code fake.verifyNoUnexpectedCalls()} after
     * each test). The default.
     */
    STRICT_CALLS,

    /**
     * {@link #STRICT_CALLS}, and fails a test that set a fault rule that never fired or expected an operation
     * that was never called, as Mockito's {@code STRICT_STUBS} reports unused stubs. Default faults of the
     * extension's builder, applied to every test, are not checked. Rules and expectations set on a class's
     * shared fake outside a test (in {@code @BeforeAll}) are checked when the class ends.
     */
    STRICT_STUBS;

    /** The JUnit configuration parameter that sets the run's level, such as {@code cognitofake.strictness=strict_stubs}. */
    public static final String CONFIGURATION_PARAMETER = "cognitofake.strictness";

    /** The level a configuration parameter names, in any case; DEFAULT is not one. */
    static Strictness parse(String value) {
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Strictness level : values()) {
            if (level != DEFAULT && level.name().equals(wanted)) {
                return level;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a strictness level; use one of "
                + Arrays.stream(values())
                        .filter(level -> level != DEFAULT)
                        .map(Enum::name)
                        .collect(Collectors.joining(", "))
                + ".");
    }

    boolean reportsUnexpectedCalls() {
        return this == WARN || this == STRICT_CALLS || this == STRICT_STUBS;
    }

    boolean reportsUnusedStubs() {
        return this == WARN || this == STRICT_STUBS;
    }

    boolean fails() {
        return this == STRICT_CALLS || this == STRICT_STUBS;
    }
}
