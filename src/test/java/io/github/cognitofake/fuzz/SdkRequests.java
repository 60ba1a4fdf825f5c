package io.github.cognitofake.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Turns a generated JSON body into the SDK's request object of the operation (through the SDK's own field
 * descriptions, as its unmarshaller does), and calls the operation on a client, so generated requests also travel
 * the SDK's marshalling, signing, error and response handling.
 */
final class SdkRequests {

    private static final String MODEL_PACKAGE = "software.amazon.awssdk.services.cognitoidentity.model.";

    private SdkRequests() {}

    /** Calls {@code operation} with {@code body} on the client and answers what it returned. */
    static Object call(CognitoIdentityClient client, String operation, JsonNode body) throws Throwable {
        Class<?> type = Class.forName(MODEL_PACKAGE + operation + "Request");
        SdkPojo builder = (SdkPojo) type.getMethod("builder").invoke(null);
        fill(builder, body);
        CognitoIdentityRequest request = (CognitoIdentityRequest) ((SdkBuilder<?, ?>) builder).build();
        Method method = CognitoIdentityClient.class.getMethod(
                operation.substring(0, 1).toLowerCase(Locale.ROOT) + operation.substring(1), type);
        try {
            return method.invoke(client, request);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void fill(SdkPojo builder, JsonNode node) {
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = node.get(field.locationName());
            if (value != null && !value.isNull()) {
                field.set(builder, convert(field, value));
            }
        }
    }

    private static Object convert(SdkField<?> field, JsonNode value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return value.textValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            return value.booleanValue();
        }
        if (type == MarshallingType.INTEGER) {
            return value.intValue();
        }
        if (type == MarshallingType.LONG) {
            return value.longValue();
        }
        if (type == MarshallingType.INSTANT) {
            return Instant.ofEpochSecond(value.longValue());
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            value.forEach(element -> list.add(element.isNull() ? null : convert(member, element)));
            return list;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            value.properties()
                    .forEach(e -> map.put(e.getKey(), e.getValue().isNull() ? null : convert(member, e.getValue())));
            return map;
        }
        if (type == MarshallingType.SDK_POJO) {
            SdkPojo nested = field.constructor().get();
            fill(nested, value);
            return ((SdkBuilder<?, ?>) nested).build();
        }
        throw new IllegalArgumentException("no conversion to " + type + " for " + field.memberName());
    }
}
