package io.github.cognitofake.assertj;

import java.util.Objects;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;

/** A condition on a typed request: a predicate, or "like this partial request" (only the members it sets). */
final class RequestMatch<R extends CognitoIdentityRequest> {

    private final Class<R> type;
    private final Predicate<? super R> predicate;
    private final R partial; // null for a predicate match
    private final String description;

    private RequestMatch(Class<R> type, Predicate<? super R> predicate, R partial, String description) {
        this.type = type;
        this.predicate = predicate;
        this.partial = partial;
        this.description = description;
    }

    static <R extends CognitoIdentityRequest> RequestMatch<R> predicate(
            Class<R> type, Predicate<? super R> predicate, String description) {
        return new RequestMatch<>(type, predicate, null, description);
    }

    @SuppressWarnings("unchecked")
    static <R extends CognitoIdentityRequest> RequestMatch<R> like(R partial) {
        Class<R> type = (Class<R>) partial.getClass();
        return new RequestMatch<>(type, request -> differences(partial, request) == 0, partial, "like " + partial);
    }

    String description() {
        return description;
    }

    boolean matches(CognitoIdentityRequest request) {
        return type.isInstance(request) && predicate.test(type.cast(request));
    }

    /** How far a request is from matching: 0 matches; for partial requests, the number of members that differ. */
    int distance(CognitoIdentityRequest request) {
        if (!type.isInstance(request)) {
            return Integer.MAX_VALUE / 2;
        }
        if (partial != null) {
            return differences(partial, request);
        }
        return predicate.test(type.cast(request)) ? 0 : 1;
    }

    private static int differences(CognitoIdentityRequest partial, CognitoIdentityRequest request) {
        int differences = 0;
        for (SdkField<?> field : ((SdkPojo) partial).sdkFields()) {
            Object wanted = field.getValueOrDefault(partial);
            if (isUnset(wanted)) {
                continue;
            }
            if (!Objects.equals(wanted, field.getValueOrDefault(request))) {
                differences++;
            }
        }
        return differences;
    }

    private static boolean isUnset(Object value) {
        return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
    }
}
