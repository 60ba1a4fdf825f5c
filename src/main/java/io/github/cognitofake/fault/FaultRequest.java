package io.github.cognitofake.fault;

import io.github.cognitofake.operation.Operation;
import java.util.Optional;

/**
 * One HTTP attempt as a fault rule's predicate sees it (see {@link FaultTarget#where}). It is the
 * request on the wire, so it is the same whichever client sent it.
 */
public interface FaultRequest {

    /** {@return the operation named by {@code X-Amz-Target}, or empty when it names none of the API's} */
    Optional<Operation> operation();

    /** {@return the request body as sent (normally awsJson), decoded as UTF-8} */
    String body();

    /**
     * A top-level string member of the JSON body, such as {@code "IdentityPoolId"}; empty when the body
     * is not a JSON object or the member is absent or not a string.
     *
     * @param name the member's name
     * @return the member's value
     */
    Optional<String> member(String name);

    /** {@return the {@code IdentityPoolId} member, which most operations carry} */
    default Optional<String> identityPoolId() {
        return member("IdentityPoolId");
    }

    /**
     * The first value of an HTTP header, matched without regard to case.
     *
     * @param name the header's name, in any case
     * @return the header's first value, if the request has the header
     */
    Optional<String> header(String name);
}
