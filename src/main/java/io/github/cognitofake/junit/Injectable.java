package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import java.security.CodeSource;
import java.util.Objects;
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

    /** The package of the SDK's Cognito Identity clients and builders (not its model types, which tests take as arguments). */
    private static final String SDK_CLIENT_PACKAGE = "software.amazon.awssdk.services.cognitoidentity";

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

    /**
     * Whether a parameter of this type is one the user can only have meant to get from this extension, so that
     * it gets this extension's message rather than JUnit's "No ParameterResolver registered": an SDK Cognito
     * Identity client type, or a class of this library that is not an enum. Enums (such as {@code Operation})
     * and SDK model types are left alone: parameterized tests take them as arguments, and claiming them would
     * make the resolvers compete.
     */
    static boolean looksLikeOurs(Class<?> declared) {
        if (declared.getPackageName().equals(SDK_CLIENT_PACKAGE)) {
            return true;
        }
        return !declared.isEnum()
                && declared.getName().startsWith("io.github.cognitofake.")
                && fromThisLibrary(declared);
    }

    private static boolean fromThisLibrary(Class<?> declared) {
        CodeSource ours = CognitoIdentityFake.class.getProtectionDomain().getCodeSource();
        CodeSource theirs = declared.getProtectionDomain().getCodeSource();
        return ours != null && theirs != null && Objects.equals(ours.getLocation(), theirs.getLocation());
    }

    /** The fake itself, or its cached client: building a client once per fake, not per test, keeps tests fast. */
    Object from(CognitoIdentityFake fake) {
        return value.apply(fake);
    }
}
