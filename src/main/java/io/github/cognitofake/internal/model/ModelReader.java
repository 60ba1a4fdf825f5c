package io.github.cognitofake.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a botocore service-2.json tree into linked {@link Shape}s and {@link OperationModel}s. */
final class ModelReader {

    private static final List<String> ELEMENT_ROLES = List.of("key", "value", "member");

    private ModelReader() {}

    static Map<String, Shape> readShapes(JsonNode shapesNode) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapesNode.properties().forEach(e -> shapes.put(e.getKey(), readShape(e.getKey(), e.getValue())));
        // Second pass: every target now exists, so references (even cyclic ones) resolve to the shared instance.
        shapesNode.properties().forEach(e -> link(shapes.get(e.getKey()), e.getValue(), shapes));
        return Collections.unmodifiableMap(shapes);
    }

    static Map<String, OperationModel> readOperations(JsonNode operationsNode, Map<String, Shape> shapes) {
        Map<String, OperationModel> operations = new LinkedHashMap<>();
        operationsNode.properties().forEach(e -> {
            JsonNode op = e.getValue();
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(error -> errors.add(error.path("shape").asText()));
            operations.put(
                    e.getKey(),
                    new OperationModel(
                            e.getKey(),
                            optionalTarget(op.get("input"), shapes),
                            optionalTarget(op.get("output"), shapes),
                            !"none".equals(op.path("authtype").asText(null)),
                            errors));
        });
        return Collections.unmodifiableMap(operations);
    }

    private static Shape readShape(String name, JsonNode node) {
        Set<String> required = new LinkedHashSet<>();
        node.path("required").forEach(member -> required.add(member.asText()));
        List<String> enumValues = new ArrayList<>();
        node.path("enum").forEach(value -> enumValues.add(value.asText()));
        return new Shape(
                name,
                ShapeType.of(node.path("type").asText()),
                required,
                node.has("min") ? node.get("min").asLong() : null,
                node.has("max") ? node.get("max").asLong() : null,
                node.path("pattern").asText(null),
                enumValues,
                node.path("sensitive").asBoolean(false));
    }

    private static void link(Shape shape, JsonNode node, Map<String, Shape> shapes) {
        node.path("members").properties().forEach(m -> shape.linkMember(m.getKey(), target(m.getValue(), shapes)));
        for (String role : ELEMENT_ROLES) {
            if (node.has(role)) {
                shape.linkElement(role, target(node.get(role), shapes));
            }
        }
    }

    private static Shape optionalTarget(JsonNode reference, Map<String, Shape> shapes) {
        return reference == null ? null : target(reference, shapes);
    }

    private static Shape target(JsonNode reference, Map<String, Shape> shapes) {
        String name = reference.path("shape").asText();
        Shape target = shapes.get(name);
        if (target == null) {
            throw new IllegalStateException("Service model references undefined shape " + name);
        }
        return target;
    }
}
