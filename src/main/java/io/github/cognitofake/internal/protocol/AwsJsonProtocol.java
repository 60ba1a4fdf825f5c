package io.github.cognitofake.internal.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitofake.internal.auth.Authentication;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.service.common.OperationHandler;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.operation.Operation;
import java.util.Optional;
import java.util.function.Function;

/**
 * The awsJson 1.1 protocol of Cognito Identity: turns one HTTP request into one HTTP answer. Both the
 * in-process SDK transports and the loopback server call {@link #handle}, so every client sees the same
 * behaviour. It never throws: every failure becomes the answer the service would give.
 */
public final class AwsJsonProtocol {

    static final String NOT_IMPLEMENTED_CODE = "NotImplementedException";

    private final FrontDoor frontDoor;
    private final Function<Operation, Optional<OperationHandler<?>>> handlers;
    private final IdSource requestIds = IdSource.random();

    /** A protocol that only asks for an {@code Authorization} header where the model requires a signature. */
    public AwsJsonProtocol(ServiceModel model, CognitoIdentityService service) {
        this(model, service, Authentication.headerPresent());
    }

    /** @param authentication how requests to operations that require a signature are authenticated */
    public AwsJsonProtocol(ServiceModel model, CognitoIdentityService service, Authentication authentication) {
        this(model, service::handler, authentication);
    }

    /**
     * A protocol over any table of handlers: every operation of the model is routed and validated, and one
     * without a handler is answered {@code 501 NotImplementedException}.
     */
    AwsJsonProtocol(ServiceModel model, Function<Operation, Optional<OperationHandler<?>>> handlers) {
        this(model, handlers, Authentication.headerPresent());
    }

    private AwsJsonProtocol(
            ServiceModel model,
            Function<Operation, Optional<OperationHandler<?>>> handlers,
            Authentication authentication) {
        this.frontDoor = new FrontDoor(model, authentication);
        this.handlers = handlers;
    }

    public WireResponse handle(WireRequest request) {
        String requestId = requestIds.uuid();
        try {
            return answer(request, requestId);
        } catch (FrontDoor.Refusal refusal) {
            return refusal.response;
        } catch (ServiceError error) {
            return ErrorResponses.json(requestId, error.status(), error.code(), error.getMessage());
        } catch (RuntimeException bug) {
            // A defect of the fake must still reach the test as an AWS-shaped answer, never as a hang.
            return ErrorResponses.json(
                    requestId,
                    500,
                    ServiceError.INTERNAL_ERROR,
                    "cognito-identity-fake failed to handle the request: " + bug);
        }
    }

    private WireResponse answer(WireRequest request, String requestId) throws FrontDoor.Refusal {
        FrontDoor.Routed routed = frontDoor.route(request, requestId);
        JsonNode input;
        try {
            input = JsonShapeChecker.normalize(routed.model().input(), routed.body());
        } catch (SerializationFailure failure) {
            return ErrorResponses.json(requestId, 400, "SerializationException", "Message", failure.message());
        }
        Optional<String> violations =
                ConstraintValidator.validate(routed.model().input(), input);
        if (violations.isPresent()) {
            throw ServiceError.validation(violations.get());
        }
        OperationHandler<?> handler = handlers.apply(routed.operation())
                .orElseThrow(() -> new ServiceError(
                        NOT_IMPLEMENTED_CODE,
                        501,
                        "cognito-identity-fake does not implement "
                                + routed.operation().wireName() + " yet."));
        Object output = handler.apply(bind(input, handler.inputType()));
        return success(requestId, output);
    }

    private static Object bind(JsonNode input, Class<?> type) {
        try {
            return Json.MAPPER.treeToValue(input, type);
        } catch (JsonProcessingException afterModelChecks) {
            // The model checks passed, so the input has the shape of the record: this is a defect.
            throw new IllegalStateException("input does not bind to " + type.getSimpleName(), afterModelChecks);
        }
    }

    private static WireResponse success(String requestId, Object output) {
        byte[] body;
        try {
            body = output == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(output);
        } catch (JsonProcessingException defect) {
            throw new IllegalStateException("output does not serialize", defect);
        }
        return new WireResponse(200, Headers.of(requestId, Headers.JSON_1_1, body.length), body);
    }
}
