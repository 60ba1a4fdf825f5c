package io.github.cognitofake.internal.model;

import java.util.Locale;

/** The botocore shape types the Cognito Identity model uses. */
public enum ShapeType {
    STRUCTURE,
    STRING,
    LIST,
    MAP,
    BOOLEAN,
    INTEGER,
    LONG,
    TIMESTAMP;

    static ShapeType of(String modelType) {
        try {
            return valueOf(modelType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // Fail at load time rather than letting an unknown type slip past the checker and the validator.
            throw new IllegalStateException("Unsupported shape type in service model: " + modelType, e);
        }
    }
}
