package io.github.cognitofake.internal.service.common;

/**
 * A family of operations (one package under {@code internal.service}): it registers the handlers of its
 * operations, so adding an operation touches its family and nothing that routes.
 */
public interface OperationFamily {

    void register(HandlerTable table);
}
