package io.github.cognitofake.internal.model;

import java.util.List;

/**
 * One operation of the service model.
 *
 * @param input             the input structure, or {@code null} when the operation takes none
 * @param output            the output structure, or {@code null} when the operation answers with an empty body
 * @param requiresSignature false exactly for the operations the model marks {@code "authtype":"none"}
 * @param errorCodes        names of the modeled error shapes, in model order
 */
public record OperationModel(
        String name, Shape input, Shape output, boolean requiresSignature, List<String> errorCodes) {

    public OperationModel {
        errorCodes = List.copyOf(errorCodes);
    }
}
