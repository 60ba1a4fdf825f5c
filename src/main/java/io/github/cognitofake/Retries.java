package io.github.cognitofake;

/**
 * How a client builder that {@code fake.configure(builder, retries)} points at a fake retries.
 *
 * <pre>{@code
 * CognitoIdentityClient yours = fake.configure(CognitoIdentityClient.builder(), Retries.WITHOUT_BACKOFF).build();
 * }</pre>
 */
public enum Retries {

    /**
     * The builder's retry settings as they are, backoff included, as in production: a throttled attempt waits
     * as long as the SDK would wait (hundreds of milliseconds to seconds per retry). What
     * {@code configure(builder)} does.
     */
    AS_CONFIGURED,

    /**
     * The builder's retry strategy or retry policy, with the same attempts and the same conditions, but without
     * the waiting between attempts; the SDK's default for its retry mode when the builder has none. What the
     * fake's own {@link CognitoIdentityFake#client() client()} does: retried faults cost no time.
     */
    WITHOUT_BACKOFF
}
