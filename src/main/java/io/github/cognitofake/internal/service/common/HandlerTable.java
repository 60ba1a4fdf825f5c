package io.github.cognitofake.internal.service.common;

import io.github.cognitofake.operation.Operation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The handler of each operation, filled once by the families while the service is built. */
public final class HandlerTable {

    private final Map<Operation, OperationHandler<?>> handlers = new EnumMap<>(Operation.class);

    /** Registers an operation's handler; each operation belongs to exactly one family. */
    public HandlerTable put(Operation operation, OperationHandler<?> handler) {
        if (handlers.putIfAbsent(operation, handler) != null) {
            throw new IllegalStateException(operation.wireName() + " is registered by two families");
        }
        return this;
    }

    /** The handler of an operation, or empty while no family implements it. */
    public Optional<OperationHandler<?>> handler(Operation operation) {
        return Optional.ofNullable(handlers.get(operation));
    }
}
