package io.github.cognitofake.internal.service.common;

import io.github.cognitofake.operation.Operation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The family of each operation, filled once while the service is built, and the handler of each operation,
 * built by its family at the operation's first call and kept (see {@link OperationFamily#handler}).
 */
public final class HandlerTable {

    private static final int OPERATIONS = Operation.values().length;

    private final Map<Operation, OperationFamily> owners = new EnumMap<>(Operation.class);
    private final AtomicReferenceArray<OperationHandler<?>> built = new AtomicReferenceArray<>(OPERATIONS);

    /** Registers a family's operations; each operation belongs to exactly one family. */
    public HandlerTable register(OperationFamily family) {
        for (Operation operation : family.operations()) {
            if (owners.putIfAbsent(operation, family) != null) {
                throw new IllegalStateException(operation.wireName() + " is registered by two families");
            }
        }
        return this;
    }

    /** The handler of an operation, or empty while no family implements it. */
    public Optional<OperationHandler<?>> handler(Operation operation) {
        OperationHandler<?> handler = built.get(operation.ordinal());
        if (handler != null) {
            return Optional.of(handler);
        }
        OperationFamily owner = owners.get(operation);
        if (owner == null) {
            return Optional.empty();
        }
        OperationHandler<?> made = owner.handler(operation);
        if (made == null) {
            throw new IllegalStateException(
                    owner.getClass().getSimpleName() + " built no handler for " + operation.wireName());
        }
        // Two first calls at once may both build one; both handlers are alike, and every caller gets the kept one.
        built.compareAndSet(operation.ordinal(), null, made);
        return Optional.of(built.get(operation.ordinal()));
    }
}
