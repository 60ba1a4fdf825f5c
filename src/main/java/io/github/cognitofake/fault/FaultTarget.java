package io.github.cognitofake.fault;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * A rule being written: which attempts it applies to, then what happens to them. Choosing what happens
 * ({@link #throttle()}, {@link #connectionReset()}, ...) adds the rule to the plan and returns it, so a
 * schedule can follow: {@code fake.faults().on(GET_ID).throttle().times(2)}.
 *
 * <p><b>Faults count HTTP attempts</b>, as the service sees them; the SDK's retries are attempts too.
 * Error faults answer before the service sees the attempt, so the state never changes; the body faults
 * and {@link #connectionResetAfterProcessing()} let the service handle it first.
 */
public interface FaultTarget {

    /**
     * Narrows the rule to attempts whose request matches; called once per attempt that reaches the
     * rule, from the thread sending it. Several calls combine with "and".
     *
     * @param predicate the condition on the attempt's request
     * @return this target
     */
    FaultTarget where(Predicate<? super FaultRequest> predicate);

    /**
     * Narrows the rule to requests whose {@code IdentityPoolId} member is this id.
     *
     * @param identityPoolId the pool's id
     * @return this target
     */
    FaultTarget forIdentityPool(String identityPoolId);

    /**
     * Throttles: {@code TooManyRequestsException}, HTTP 400, "Rate exceeded", as Cognito Identity
     * answers. The SDK treats it as throttling and retries it (4 attempts in its default LEGACY mode).
     *
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule throttle();

    /**
     * Throttles with another message, such as {@code "Too many requests"}.
     *
     * @param message the error message
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule throttle(String message);

    /**
     * Refuses: {@code NotAuthorizedException}, HTTP 400, with this message. The SDK does not retry it.
     *
     * @param message the error message
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule notAuthorized(String message);

    /**
     * Fails inside the service: {@code InternalErrorException}, HTTP 500, "An internal error occurred.".
     * The SDK retries it because of the 500 status.
     *
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule internalError();

    /**
     * Fails inside the service with this message; see {@link #internalError()}.
     *
     * @param message the error message
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule internalError(String message);

    /**
     * Answers one of the errors the model lists for the operation, with the service's status for it.
     *
     * @throws IllegalArgumentException if an operation of the rule does not list this error
     * @param error the error
     * @param message the error message
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule error(ModeledError error, String message);

    /**
     * Answers any error, modeled or not, in the service's error format, for example
     * {@code customError(403, "AccessDeniedException", "User is not authorized")}. Codes the model does
     * not know reach the code under test as the base {@code CognitoIdentityException}.
     *
     * @param message null for an error without a message
     * @throws IllegalArgumentException if the status is not an HTTP error status (400-599) or the code is blank
     * @param status the HTTP status, 400 to 599
     * @param code the error code ({@code __type})
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule customError(int status, String code, String message);

    /**
     * Delays the attempt, then lets later rules or the service answer it. The delay works with the SDK's
     * {@code apiCallAttemptTimeout} and {@code apiCallTimeout}: when they fire, the attempt is abandoned
     * and never reaches the service. Synchronous clients wait on their own thread (interruptibly);
     * asynchronous clients do not block any thread.
     *
     * @throws IllegalArgumentException if the delay is negative
     * @param delay how long to hold the attempt
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule latency(Duration delay);

    /**
     * Breaks the connection before the service sees the attempt: the SDK gets an {@link java.io.IOException}
     * ("Connection reset"), which it retries.
     *
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule connectionReset();

    /**
     * Lets the service handle the attempt, then breaks the connection: the change is made but the answer
     * is lost, and the SDK retries. Use it to test that the code under test copes with a retried write.
     *
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule connectionResetAfterProcessing();

    /**
     * Lets the service handle the attempt, then answers with its status and headers but a body that is not JSON.
     *
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule malformedBody();

    /**
     * Lets the service handle the attempt, then sends only half of the body with the original
     * Content-Length: reading the body ends with an {@link java.io.IOException}, as with a real HTTP client.
     *
     * @return the rule, added to the plan, for choosing a schedule
     */
    FaultRule truncatedBody();
}
