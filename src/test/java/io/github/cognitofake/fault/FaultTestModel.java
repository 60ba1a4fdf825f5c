package io.github.cognitofake.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.operation.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The modeled errors of each operation, read independently of the fake's own model code. */
final class FaultTestModel {

    private static final JsonNode MODEL = load();

    private FaultTestModel() {}

    static List<String> errorsOf(Operation operation) {
        List<String> errors = new ArrayList<>();
        MODEL.path("operations")
                .path(operation.wireName())
                .path("errors")
                .forEach(error -> errors.add(error.path("shape").asText()));
        return errors;
    }

    private static JsonNode load() {
        try (InputStream in = FaultTestModel.class.getResourceAsStream(
                "/io/github/cognitofake/internal/model/cognito-identity-2014-06-30.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
