package io.github.cognitofake.assertj;

import io.github.cognitofake.operation.Operation;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;

/** Maps SDK request classes to operations: {@code GetIdRequest} is {@code GetId}. */
final class RequestTypes {

    private static final String SUFFIX = "Request";

    private RequestTypes() {}

    /** The operation of a concrete request type, or null for the base type (any operation). */
    static Operation operationOf(Class<? extends CognitoIdentityRequest> type) {
        String name = type.getSimpleName();
        if (type == CognitoIdentityRequest.class || !name.endsWith(SUFFIX)) {
            return null;
        }
        return Operation.fromWireName(name.substring(0, name.length() - SUFFIX.length()))
                .orElse(null);
    }
}
