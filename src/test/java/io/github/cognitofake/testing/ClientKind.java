package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Runs the same test through the fake's synchronous client and through its asynchronous client.
 *
 * <p>For {@link #ASYNC} the test still sees a {@link CognitoIdentityClient}: each call is forwarded to
 * the asynchronous method of the same name and awaited, and the exception that completed the future is
 * rethrown as it is, so tests assert the same exception class either way.
 */
public enum ClientKind {
    SYNC {
        @Override
        public CognitoIdentityClient client(CognitoIdentityFake fake) {
            return fake.client();
        }
    },
    ASYNC {
        @Override
        public CognitoIdentityClient client(CognitoIdentityFake fake) {
            return awaiting(fake.asyncClient());
        }
    };

    public abstract CognitoIdentityClient client(CognitoIdentityFake fake);

    /** A synchronous view of an asynchronous client. */
    public static CognitoIdentityClient awaiting(CognitoIdentityAsyncClient async) {
        return (CognitoIdentityClient) Proxy.newProxyInstance(
                ClientKind.class.getClassLoader(),
                new Class<?>[] {CognitoIdentityClient.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(async, args);
                    }
                    Method target =
                            CognitoIdentityAsyncClient.class.getMethod(method.getName(), method.getParameterTypes());
                    Object result;
                    try {
                        result = target.invoke(async, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (!(result instanceof CompletableFuture<?> future)) {
                        return result;
                    }
                    try {
                        return future.get();
                    } catch (ExecutionException | CompletionException e) {
                        throw e.getCause();
                    }
                });
    }
}
