package io.github.cognitofake.fault;

import io.github.cognitofake.operation.Operation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** Helpers of the fault tests: calling any operation, and reading the SDK's own attempt count. */
final class FaultTestSupport {

    private static final Pattern SDK_ATTEMPTS = Pattern.compile("\\(SDK Attempt Count: (\\d+)\\)");

    private FaultTestSupport() {}

    /**
     * The number of attempts the SDK reports in an exception's message: what the code under test would
     * see in production logs, independent of the fake's own counting.
     */
    static int sdkAttemptCount(Throwable error) {
        Matcher matcher = SDK_ATTEMPTS.matcher(String.valueOf(error.getMessage()));
        if (!matcher.find()) {
            throw new AssertionError("No SDK attempt count in: " + error.getMessage());
        }
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * Calls an operation with an empty request. Faults answer before the service validates anything,
     * so this reaches every operation, implemented by the fake or not.
     */
    static Object callWithEmptyRequest(CognitoIdentityClient client, Operation operation) {
        try {
            Class<?> requestType = Class.forName(
                    "software.amazon.awssdk.services.cognitoidentity.model." + operation.wireName() + "Request");
            Method builderMethod = requestType.getMethod("builder");
            Object builder = builderMethod.invoke(null);
            // The builder's class is package-private; its public interface has build().
            Object request = builderMethod.getReturnType().getMethod("build").invoke(builder);
            String methodName = Character.toLowerCase(operation.wireName().charAt(0))
                    + operation.wireName().substring(1);
            Method method = CognitoIdentityClient.class.getMethod(methodName, requestType);
            return method.invoke(client, request);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot call " + operation, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Class<? extends Throwable> sdkExceptionClass(String errorCode) {
        try {
            return (Class<? extends Throwable>)
                    Class.forName("software.amazon.awssdk.services.cognitoidentity.model." + errorCode);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The SDK has no exception class " + errorCode, e);
        }
    }
}
