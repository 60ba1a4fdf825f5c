package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitofake.internal.auth.AuthFailure;
import io.github.cognitofake.internal.auth.Authentication;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.operation.Operation;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the service's front end checks before an operation runs, in the order Coral services check it:
 * method, Content-Type, JSON syntax, target, then authentication. Each refusal answers the way AWS's
 * JSON front end does (front-door-errors.md); the choices made without first-hand Cognito evidence are
 * listed in docs/fidelity.md. What authentication means is the {@link Authentication}'s business: by
 * default a header must be there, with signature verification the signature must be right.
 */
final class FrontDoor {

    @Behaviour(id = "protocol.non-post-bad-request", status = UNCONFIRMED)
    static final String BAD_REQUEST_BODY = "{\"code\":\"BadRequest\",\"message\":"
            + "\"The server did not understand the operation that was requested.\",\"type\":\"client\"}";

    @Behaviour(id = "protocol.not-json-with-target", status = UNCONFIRMED)
    static final String UNKNOWN_OPERATION_XML = "<UnknownOperationException/>\n";

    @Behaviour(id = "protocol.not-json-without-target", status = UNCONFIRMED)
    static final String ACCESS_DENIED_XML = "<AccessDeniedException>\n"
            + "  <Message>Unable to determine service/operation name to be authorized</Message>\n"
            + "</AccessDeniedException>\n";

    private final ServiceModel model;
    private final String targetPrefix;
    private final Authentication authentication;

    FrontDoor(ServiceModel model, Authentication authentication) {
        this.model = model;
        this.targetPrefix = model.targetPrefix() + ".";
        this.authentication = authentication;
    }

    /** A request the front end accepted: the operation it names and its parsed body. */
    record Routed(Operation operation, OperationModel model, JsonNode body) {}

    /** Thrown with the answer to a request the front end refuses. */
    static final class Refusal extends Exception {
        final transient WireResponse response;

        Refusal(WireResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    @Behaviour(id = "protocol.check-order", status = UNCONFIRMED)
    @Behaviour(id = "protocol.unknown-target", status = UNCONFIRMED)
    @Behaviour(id = "auth.unsigned-operations-not-verified", status = UNCONFIRMED)
    Routed route(WireRequest request, String requestId) throws Refusal {
        if (!"POST".equals(request.method())) {
            throw new Refusal(ErrorResponses.raw(requestId, 400, Headers.JSON_1_1, BAD_REQUEST_BODY));
        }
        Optional<String> target = request.header(WireRequest.TARGET_HEADER);
        if (!isAwsJson(request.header(Headers.CONTENT_TYPE))) {
            // Coral answers in XML when the request is not JSON at all.
            throw new Refusal(
                    target.isPresent()
                            ? ErrorResponses.raw(requestId, 404, null, UNKNOWN_OPERATION_XML)
                            : ErrorResponses.raw(requestId, 403, null, ACCESS_DENIED_XML));
        }
        JsonNode body = parse(request.body(), requestId);
        Operation operation = request.operation(targetPrefix)
                .orElseThrow(() -> new Refusal(ErrorResponses.json(requestId, 400, "UnknownOperationException", null)));
        OperationModel operationModel = model.operation(operation.wireName()).orElseThrow();
        if (operationModel.requiresSignature()) {
            Optional<AuthFailure> refused = authentication.check(request);
            if (refused.isPresent()) {
                throw new Refusal(ErrorResponses.json(
                        requestId, 400, refused.get().code(), refused.get().message()));
            }
        }
        return new Routed(operation, operationModel, body);
    }

    private static boolean isAwsJson(Optional<String> contentType) {
        return contentType
                .map(value -> value.toLowerCase(Locale.ROOT))
                .filter(value -> value.startsWith("application/x-amz-json-1.1")
                        || value.startsWith("application/x-amz-json-1.0"))
                .isPresent();
    }

    @Behaviour(id = "protocol.body-not-json", status = UNCONFIRMED)
    @Behaviour(id = "protocol.empty-body", status = UNCONFIRMED)
    private static JsonNode parse(byte[] body, String requestId) throws Refusal {
        if (body.length == 0) {
            return JsonTree.object(); // an absent body reads as no members at all
        }
        try {
            return JsonTree.parse(body);
        } catch (IOException notJson) {
            throw new Refusal(ErrorResponses.json(requestId, 400, "SerializationException", null));
        }
    }
}
