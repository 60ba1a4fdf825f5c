package io.github.cognitofake.internal.service.common;

import io.github.cognitofake.operation.Operation;
import java.util.Set;

/**
 * A family of operations (one package under {@code internal.service}): it names its operations and builds the
 * handler of each, so adding an operation touches its family and nothing that routes.
 */
public interface OperationFamily {

    /** The operations this family answers; no other family may name one of them. */
    Set<Operation> operations();

    /**
     * Builds the handler of one of its operations. The {@link HandlerTable} asks once per fake, at the
     * operation's first call: a test process loads the records and binds the methods of the operations it
     * calls, not of all 23.
     *
     * @throws IllegalArgumentException for an operation not in {@link #operations()}
     */
    OperationHandler<?> handler(Operation operation);

    /** The refusal of {@link #handler} for an operation that is not the family's. */
    static IllegalArgumentException notOurs(OperationFamily family, Operation operation) {
        return new IllegalArgumentException(operation.wireName() + " is not an operation of "
                + family.getClass().getSimpleName());
    }
}
