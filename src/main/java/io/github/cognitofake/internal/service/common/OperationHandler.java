package io.github.cognitofake.internal.service.common;

import java.util.function.Function;

/**
 * An operation the service has built: the record its JSON input binds to, and what it does. The
 * handler returns the output record, or null for operations that answer with an empty body.
 */
public record OperationHandler<I>(Class<I> inputType, Function<I, ?> handler) {

    public static <I> OperationHandler<I> of(Class<I> inputType, Function<I, ?> handler) {
        return new OperationHandler<>(inputType, handler);
    }

    public static <I> OperationHandler<I> returningNothing(Class<I> inputType, java.util.function.Consumer<I> action) {
        return new OperationHandler<>(inputType, input -> {
            action.accept(input);
            return null;
        });
    }

    public Object apply(Object input) {
        return handler.apply(inputType.cast(input));
    }
}
