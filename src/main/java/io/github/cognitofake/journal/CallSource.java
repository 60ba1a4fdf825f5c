package io.github.cognitofake.journal;

/** How a recorded call reached the fake. */
public enum CallSource {
    /** Through an SDK client built or configured by the fake: the typed request and response are known. */
    SDK_CLIENT,
    /**
     * Over HTTP without the fake's interceptor (a client wired with only {@code httpClient()}, raw HTTP):
     * recorded from the wire, so there is no typed request. Attempts of one SDK call are grouped by the
     * SDK's {@code amz-sdk-invocation-id} header when it is there.
     */
    WIRE
}
