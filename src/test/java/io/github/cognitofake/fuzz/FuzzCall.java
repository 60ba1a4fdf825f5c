package io.github.cognitofake.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated request: what it is meant to test (its {@link Kind}), the operation it was made for, and the
 * bytes to send. {@link #toString} is how a failing session is reported.
 *
 * @param body the JSON body a SDK client would send for it; null for requests no SDK can send
 */
record FuzzCall(
        Kind kind,
        String operation,
        String mutation,
        Wire.Request request,
        com.fasterxml.jackson.databind.JsonNode body) {

    /** What a request is meant to test, and so what its answer must be. */
    enum Kind {
        /** Every model constraint holds: never a SerializationException or ValidationException. */
        VALID,
        /** One model constraint broken (length, pattern, range, enum, required, list or map size, null element). */
        CONSTRAINT_VIOLATED,
        /** One value of a JSON type its shape cannot take. */
        WRONG_TYPE,
        /** A valid request with members the model does not have: they are ignored. */
        UNKNOWN_MEMBERS,
        /** A valid body cut short. */
        TRUNCATED_JSON,
        /** A body that is not (acceptable) JSON at all. */
        NOT_JSON,
        /** No body: read as an object without members. */
        EMPTY_BODY,
        /** No X-Amz-Target header. */
        NO_TARGET,
        /** A target that names no operation. */
        UNKNOWN_TARGET,
        /** A Content-Type that is not awsJson, or none (the target present). */
        WRONG_CONTENT_TYPE,
        /** Neither an awsJson Content-Type nor a target. */
        NO_CONTENT_TYPE_NOR_TARGET,
        /** A method other than POST. */
        WRONG_METHOD,
        /** No Authorization header. */
        NO_AUTHORIZATION
    }

    @Override
    public String toString() {
        byte[] bytes = request.body();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.length() > 600) {
            text = text.substring(0, 600) + "... (" + bytes.length + " bytes)";
        }
        return kind + " " + operation + (mutation.isEmpty() ? "" : " [" + mutation + "]") + " " + request.method() + " "
                + request.headers() + " " + text;
    }
}
