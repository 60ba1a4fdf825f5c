/**
 * Fault injection: make the fake answer an HTTP attempt with a service error, a delay, a broken
 * connection or a corrupted body, so a test sees what the real service can do to the code under test.
 *
 * <p>Start at {@link io.github.cognitofake.CognitoIdentityFake#faults()}:
 * <pre>{@code
 * fake.faults().on(Operation.GET_IDENTITY_POOL_ROLES).throttle().times(2); // the SDK retries; attempt 3 succeeds
 * }</pre>
 *
 * <p><b>Faults count HTTP attempts</b>, as the service sees them, not API calls: one SDK call that the
 * SDK retries three times is four attempts. The SDK's own retry logic decides what is retried, exactly
 * as against the real service.
 */
package io.github.cognitofake.fault;
