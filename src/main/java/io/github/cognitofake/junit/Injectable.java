package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The types the extension injects, and what of a fake each one is. */
enum Injectable {
    FAKE(CognitoIdentityFake.class, fake -> fake),
    CLIENT(CognitoIdentityClient.class, CognitoIdentityFake::client),
    ASYNC_CLIENT(CognitoIdentityAsyncClient.class, CognitoIdentityFake::asyncClient);

    static final String TYPE_NAMES = "CognitoIdentityFake, CognitoIdentityClient or CognitoIdentityAsyncClient";

    /**
     * Packages whose types only this extension could be asked for: an unannotated parameter of such a type that
     * is not injectable gets this extension's message rather than JUnit's "No ParameterResolver registered".
     */
    private static final String[] OWN_PACKAGES = {
        "io.github.cognitofake.", "software.amazon.awssdk.services.cognitoidentity."
    };

    private final Class<?> type;
    private final Function<CognitoIdentityFake, Object> value;

    Injectable(Class<?> type, Function<CognitoIdentityFake, Object> value) {
        this.type = type;
        this.value = value;
    }

    /** The injectable of exactly this declared type (a supertype such as Object is not one). */
    static Optional<Injectable> of(Class<?> declared) {
        for (Injectable injectable : values()) {
            if (injectable.type == declared) {
                return Optional.of(injectable);
            }
        }
        return Optional.empty();
    }

    /** Whether a parameter of this type is one the user can only have meant to get from this extension. */
    static boolean looksLikeOurs(Class<?> declared) {
        String name = declared.getName();
        for (String prefix : OWN_PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The fake itself, or its cached client: building a client once per fake, not per test, keeps tests fast. */
    Object from(CognitoIdentityFake fake) {
        return value.apply(fake);
    }
}
