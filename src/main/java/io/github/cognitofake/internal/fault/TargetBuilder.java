package io.github.cognitofake.internal.fault;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.fault.FaultRequest;
import io.github.cognitofake.fault.FaultRule;
import io.github.cognitofake.fault.FaultTarget;
import io.github.cognitofake.fault.ModeledError;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.operation.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** Collects which attempts a rule is for; choosing what happens adds the rule to the plan. */
final class TargetBuilder implements FaultTarget {

    @Behaviour(id = "fake.throttle-default", status = UNCONFIRMED)
    static final String THROTTLING_MESSAGE = "Rate exceeded";
    // No trace of the real text was found (docs/faults.md); this is the wording AWS services commonly use.
    @Behaviour(id = "fake.internal-error-default", status = UNCONFIRMED)
    static final String INTERNAL_ERROR_MESSAGE = "An internal error occurred.";

    private final FaultPlan plan;
    private final Set<Operation> operations;
    private Predicate<? super FaultRequest> predicate = request -> true;

    TargetBuilder(FaultPlan plan, Set<Operation> operations) {
        this.plan = plan;
        this.operations = operations;
    }

    @Override
    public FaultTarget where(Predicate<? super FaultRequest> condition) {
        Objects.requireNonNull(condition, "predicate");
        Predicate<? super FaultRequest> before = predicate;
        predicate = request -> before.test(request) && condition.test(request);
        return this;
    }

    @Override
    public FaultTarget forIdentityPool(String identityPoolId) {
        Objects.requireNonNull(identityPoolId, "identityPoolId");
        return where(request ->
                request.identityPoolId().filter(identityPoolId::equals).isPresent());
    }

    @Override
    public FaultRule throttle() {
        return throttle(THROTTLING_MESSAGE);
    }

    @Override
    public FaultRule throttle(String message) {
        return answer(ModeledError.TOO_MANY_REQUESTS, required(message));
    }

    @Override
    public FaultRule notAuthorized(String message) {
        return answer(ModeledError.NOT_AUTHORIZED, required(message));
    }

    @Override
    public FaultRule internalError() {
        return internalError(INTERNAL_ERROR_MESSAGE);
    }

    @Override
    public FaultRule internalError(String message) {
        return answer(ModeledError.INTERNAL_ERROR, required(message));
    }

    @Override
    public FaultRule error(ModeledError error, String message) {
        Objects.requireNonNull(error, "error");
        if (operations != null) {
            for (Operation operation : operations) {
                List<String> modeled = model(operation).errorCodes();
                if (!modeled.contains(error.code())) {
                    throw new IllegalArgumentException(operation.wireName() + " cannot answer " + error.code()
                            + ": its modeled errors are " + modeled + ". To send it anyway, use customError("
                            + error.status() + ", \"" + error.code() + "\", message).");
                }
            }
        }
        return answer(error, required(message));
    }

    @Override
    public FaultRule customError(int status, String code, String message) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException(
                    "customError takes an HTTP error status from 400 to 599, such as 403; got " + status + ".");
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("customError needs an error code, such as \"AccessDeniedException\".");
        }
        return plan.add(new Rule(plan, operations, predicate, new ErrorFault(status, code, message)));
    }

    @Override
    public FaultRule latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency takes a delay of zero or more; got " + delay + ".");
        }
        return plan.add(new Rule(plan, operations, predicate, new LatencyFault(delay)));
    }

    @Override
    public FaultRule connectionReset() {
        return plan.add(new Rule(plan, operations, predicate, new ConnectionResetFault(false)));
    }

    @Override
    public FaultRule connectionResetAfterProcessing() {
        return plan.add(new Rule(plan, operations, predicate, new ConnectionResetFault(true)));
    }

    @Override
    public FaultRule malformedBody() {
        return plan.add(new Rule(plan, operations, predicate, new CorruptBodyFault(false)));
    }

    @Override
    public FaultRule truncatedBody() {
        return plan.add(new Rule(plan, operations, predicate, new CorruptBodyFault(true)));
    }

    private FaultRule answer(ModeledError error, String message) {
        return plan.add(new Rule(plan, operations, predicate, new ErrorFault(error.status(), error.code(), message)));
    }

    private static OperationModel model(Operation operation) {
        return ServiceModel.cognitoIdentity().operation(operation.wireName()).orElseThrow();
    }

    private static String required(String message) {
        return Objects.requireNonNull(message, "message (use customError for an error without one)");
    }
}
