package io.github.cognitofake.internal.model;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.List;

/**
 * One operation of the service model.
 *
 * @param input             the input structure, or {@code null} when the operation takes none
 * @param output            the output structure, or {@code null} when the operation answers with an empty body
 * @param requiresSignature false exactly for the operations the model marks {@code "authtype":"none"}
 * @param errorCodes        names of the modeled error shapes, in model order
 */
@Behaviour(id = "protocol.unsigned-operations", status = CONFIRMED)
public record OperationModel(
        String name, Shape input, Shape output, boolean requiresSignature, List<String> errorCodes) {

    public OperationModel {
        errorCodes = List.copyOf(errorCodes);
    }
}
