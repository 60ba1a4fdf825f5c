package io.github.cognitofake.junit;

/**
 * What the extension adds to a failed test as a suppressed exception: the fake's journal, or a strictness
 * problem that did not get to fail the test because the test had failed already. It has no stack trace of its
 * own: only its message matters, and it is printed below the test's failure.
 */
final class FakeReport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FakeReport(String message) {
        super(message, null, false, false);
    }
}
