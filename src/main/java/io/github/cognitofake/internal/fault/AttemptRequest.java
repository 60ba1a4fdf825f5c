package io.github.cognitofake.internal.fault;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitofake.fault.FaultRequest;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.operation.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The view of one HTTP attempt that fault predicates get. The body is parsed only if a predicate asks
 * for a member, so plans without predicates cost no JSON parsing.
 */
final class AttemptRequest implements FaultRequest {

    private final WireRequest request;
    private final Optional<Operation> operation;
    private JsonNode parsed; // only touched by the attempt's own thread

    AttemptRequest(WireRequest request, Optional<Operation> operation) {
        this.request = request;
        this.operation = operation;
    }

    @Override
    public Optional<Operation> operation() {
        return operation;
    }

    @Override
    public String body() {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> member(String name) {
        JsonNode value = json().get(name);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    @Override
    public Optional<String> header(String name) {
        return request.header(name);
    }

    private JsonNode json() {
        if (parsed == null) {
            try {
                parsed = request.body().length == 0 ? JsonTree.object() : JsonTree.parse(request.body());
            } catch (IOException notJson) {
                parsed = JsonTree.object(); // a body that is not JSON has no members
            }
        }
        return parsed;
    }

    @Override
    public String toString() {
        return operation.map(Operation::wireName).orElse("(no operation)") + " " + body();
    }
}
