package io.github.cognitofake.internal.service.common;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An operation the service has built: the record its JSON input binds to, and what it does. The
 * handler returns the output record, or null for operations that answer with an empty body.
 */
public record OperationHandler<I>(Class<I> inputType, BiFunction<I, CallContext, ?> handler) {

    /** An operation whose behaviour does not depend on the call's context. */
    public static <I> OperationHandler<I> of(Class<I> inputType, Function<I, ?> handler) {
        return new OperationHandler<>(inputType, (input, context) -> handler.apply(input));
    }

    /** An operation that answers with an empty body. */
    public static <I> OperationHandler<I> returningNothing(Class<I> inputType, Consumer<I> action) {
        return new OperationHandler<>(inputType, (input, context) -> {
            action.accept(input);
            return null;
        });
    }

    /** An operation that reads the call's context (only CreateIdentityPool, for seeding with a fixed id). */
    public static <I> OperationHandler<I> withContext(Class<I> inputType, BiFunction<I, CallContext, ?> handler) {
        return new OperationHandler<>(inputType, handler);
    }

    public Object apply(Object input, CallContext context) {
        return handler.apply(inputType.cast(input), context);
    }
}
