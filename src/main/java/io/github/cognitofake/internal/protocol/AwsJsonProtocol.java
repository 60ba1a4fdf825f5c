package io.github.cognitofake.internal.protocol;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitofake.internal.auth.Authentication;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.internal.json.RecordCodec;
import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.service.common.CallContext;
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

    @Behaviour(id = "protocol.not-implemented", status = UNCONFIRMED)
    static final String NOT_IMPLEMENTED_CODE = "NotImplementedException";

    private static final String SERIALIZATION_CODE = "SerializationException";

    private final ServiceModel model;
    private final FrontDoor frontDoor;
    private final Function<Operation, Optional<OperationHandler<?>>> handlers;
    private final IdSource requestIds = IdSource.random();

    /**
     * A protocol over any table of handlers: every operation of the model is routed and validated, and one
     * without a handler is answered {@code 501 NotImplementedException}.
     *
     * @param authentication how requests to operations that require a signature are authenticated
     */
    public AwsJsonProtocol(
            ServiceModel model,
            Function<Operation, Optional<OperationHandler<?>>> handlers,
            Authentication authentication) {
        this.model = model;
        this.frontDoor = new FrontDoor(model, authentication);
        this.handlers = handlers;
    }

    /** A protocol that only asks for an {@code Authorization} header where the model requires a signature. */
    AwsJsonProtocol(ServiceModel model, Function<Operation, Optional<OperationHandler<?>>> handlers) {
        this(model, handlers, Authentication.headerPresent());
    }

    @Behaviour(id = "protocol.defect-answer", status = UNCONFIRMED)
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
            return ErrorResponses.json(requestId, 400, SERIALIZATION_CODE, "Message", failure.message());
        }
        return success(requestId, run(routed.operation(), routed.model(), input, CallContext.NONE));
    }

    /**
     * Runs an operation for the fake itself (seeding): the input passes the same shape checks, model
     * constraints and service rules as a request from a client, but no front door, fault or journal.
     *
     * @return the output as JSON (an empty object for operations without output)
     * @throws ServiceError the refusal the service would answer, with its code and message
     */
    public JsonNode invoke(Operation operation, JsonNode body, CallContext context) {
        OperationModel operationModel = model.operation(operation.wireName())
                .orElseThrow(() -> new IllegalArgumentException("not an operation of the model: " + operation));
        JsonNode input;
        try {
            input = JsonShapeChecker.normalize(operationModel.input(), body);
        } catch (SerializationFailure failure) {
            throw new ServiceError(SERIALIZATION_CODE, 400, failure.message());
        }
        Object output = run(operation, operationModel, input, context);
        return output == null ? JsonTree.object() : RecordCodec.toTree(output);
    }

    private Object run(Operation operation, OperationModel operationModel, JsonNode input, CallContext context) {
        Optional<String> violations = ConstraintValidator.validate(operationModel.input(), input);
        if (violations.isPresent()) {
            throw ServiceError.validation(violations.get());
        }
        OperationHandler<?> handler = handlers.apply(operation)
                .orElseThrow(() -> new ServiceError(
                        NOT_IMPLEMENTED_CODE,
                        501,
                        "cognito-identity-fake does not implement " + operation.wireName() + " yet."));
        return handler.apply(RecordCodec.read(input, handler.inputType()), context);
    }

    @Behaviour(id = "protocol.no-output-empty-body", status = CONFIRMED)
    private static WireResponse success(String requestId, Object output) {
        byte[] body = output == null ? new byte[0] : RecordCodec.toBytes(output);
        return new WireResponse(200, Headers.of(requestId, Headers.JSON_1_1, body.length), body);
    }
}
