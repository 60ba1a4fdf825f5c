package io.github.cognitofake.fault;

/** What an injected fault did to an HTTP attempt; shown in the call journal. */
public enum FaultKind {
    /** Answered with an error response (modeled, throttling, internal or custom); the service never saw the attempt. */
    ERROR,
    /** Delayed the attempt before the service (or a later rule) answered it. */
    LATENCY,
    /** Broke the connection before the service saw the attempt: the SDK sees an I/O failure. */
    CONNECTION_RESET,
    /** Let the service handle the attempt, then broke the connection: the change happened, the answer was lost. */
    CONNECTION_RESET_AFTER_PROCESSING,
    /** Let the service handle the attempt, then replaced its body with bytes that are not JSON. */
    MALFORMED_BODY,
    /** Let the service handle the attempt, then cut its body short of the advertised Content-Length. */
    TRUNCATED_BODY
}
