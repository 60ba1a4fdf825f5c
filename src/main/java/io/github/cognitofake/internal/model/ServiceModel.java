package io.github.cognitofake.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitofake.internal.json.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations and shapes of a botocore JSON service model. */
public final class ServiceModel {

    /**
     * AWS's published model without its documentation texts, which are two thirds of it and which nothing here
     * reads: a third as much JSON to parse when a test process starts. {@code CompactModelTest} holds it equal to
     * the published model (a test resource) minus those texts.
     */
    static final String COGNITO_IDENTITY_RESOURCE = "cognito-identity-2014-06-30.compact.json";

    private final String targetPrefix;
    private final Map<String, Shape> shapes;
    private final Map<String, OperationModel> operations;

    private ServiceModel(String targetPrefix, Map<String, Shape> shapes, Map<String, OperationModel> operations) {
        this.targetPrefix = targetPrefix;
        this.shapes = shapes;
        this.operations = operations;
    }

    /** The Cognito Identity 2014-06-30 model, parsed once per JVM on first use. */
    public static ServiceModel cognitoIdentity() {
        return CognitoIdentityHolder.MODEL;
    }

    /** Builds a model from an already parsed service-2.json tree. */
    public static ServiceModel from(JsonNode model) {
        Map<String, Shape> shapes = ModelReader.readShapes(model.path("shapes"));
        return new ServiceModel(
                model.path("metadata").path("targetPrefix").asText(),
                shapes,
                ModelReader.readOperations(model.path("operations"), shapes));
    }

    public Optional<OperationModel> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** Operation names in model order. */
    public Set<String> operationNames() {
        return operations.keySet();
    }

    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("No shape named " + name + " in the service model");
        }
        return shape;
    }

    /** The {@code X-Amz-Target} prefix, e.g. {@code AWSCognitoIdentityService}. */
    public String targetPrefix() {
        return targetPrefix;
    }

    // Class initialisation gives lazy, exactly-once, safely published loading without explicit locking.
    private static final class CognitoIdentityHolder {
        static final ServiceModel MODEL = load();

        private static ServiceModel load() {
            try (InputStream in = ServiceModel.class.getResourceAsStream(COGNITO_IDENTITY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing classpath resource " + COGNITO_IDENTITY_RESOURCE);
                }
                return from(JsonTree.parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + COGNITO_IDENTITY_RESOURCE, e);
            }
        }
    }
}
