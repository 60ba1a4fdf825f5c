package io.github.cognitofake.junit;

/** How long one fake lives when the extension injects it. */
public enum FakeLifecycle {

    /** A fresh, empty fake for every test (the default): tests never see each other's state. */
    PER_TEST,

    /**
     * One fake for all tests of the class, and of its {@code @Nested} classes that have no
     * {@link CognitoIdentityFakeTest} of their own; it is seeded once, before the first test that uses it.
     */
    PER_CLASS
}
