package io.github.cognitofake.internal.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.config.AwsClientOption;
import software.amazon.awssdk.core.client.config.ClientOption;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;

/**
 * Which AWS SDK for Java v2 the library runs on, and the parts of the SDK's API that differ between the
 * versions it supports. The library is compiled against a recent SDK, but a user's build may resolve an older
 * one; everything version-dependent goes through here, so an older SDK never meets a class it lacks.
 *
 * <p>Not for use outside this library.
 */
public final class SdkSupport {

    /** The oldest SDK version the library supports and the build tests (pom.xml, execution {@code sdk-oldest}). */
    public static final String MINIMUM_VERSION = "2.18.0";

    /** The retries API ({@code software.amazon.awssdk.retries.api}, {@code retryStrategy(...)}) arrived in 2.26. */
    private static final boolean RETRY_STRATEGIES = present("software.amazon.awssdk.awscore.retry.AwsRetryStrategy");

    private static final String VERSION = readVersion();

    private SdkSupport() {}

    /**
     * The version of the SDK on the class path, read at run time (the constant would be inlined at compile time).
     *
     * @return a version such as {@code 2.55.6}, or {@code "unknown"}
     */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try {
            Object version = Class.forName("software.amazon.awssdk.core.util.VersionInfo")
                    .getField("SDK_VERSION")
                    .get(null);
            return String.valueOf(version);
        } catch (ReflectiveOperationException | LinkageError e) {
            return "unknown";
        }
    }

    /**
     * Whether the SDK on the class path is at least {@code minimum}.
     *
     * @param minimum a version such as {@code 2.28.1}
     * @return whether {@link #version()} is that version or later
     */
    public static boolean atLeastVersion(String minimum) {
        return atLeast(VERSION, minimum);
    }

    /**
     * Fails with a message that says what to do when the SDK on the class path is older than
     * {@link #MINIMUM_VERSION}, instead of a {@code NoClassDefFoundError} deep in a call.
     *
     * @throws IllegalStateException naming the version found and the one needed
     */
    public static void requireSupportedSdk() {
        requireAtLeast(MINIMUM_VERSION, "");
    }

    /**
     * Fails unless the SDK on the class path is at least {@code minimum}.
     *
     * @param minimum the oldest version that works, such as {@code 2.28.1}
     * @param forWhat what needs it, appended to the message (empty for the library itself)
     * @throws IllegalStateException naming the version found and the one needed
     */
    public static void requireAtLeast(String minimum, String forWhat) {
        requireAtLeast(version(), minimum, forWhat);
    }

    static void requireAtLeast(String found, String minimum, String forWhat) {
        if (!atLeast(found, minimum)) {
            throw new IllegalStateException("cognito-identity-fake" + forWhat + " needs AWS SDK for Java v2 >= "
                    + minimum + "; found " + found + ". Manage software.amazon.awssdk:bom (or the SDK modules) at "
                    + minimum + " or later in your build.");
        }
    }

    /**
     * Whether {@code version} is at least {@code minimum}; both dotted numbers. An unreadable version counts as
     * too old.
     */
    static boolean atLeast(String version, String minimum) {
        int[] have = numbers(version);
        int[] need = numbers(minimum);
        if (have.length == 0) {
            return false;
        }
        for (int i = 0; i < need.length; i++) {
            int part = i < have.length ? have[i] : 0;
            if (part != need[i]) {
                return part > need[i];
            }
        }
        return true;
    }

    private static int[] numbers(String version) {
        String[] parts = version.split("[.-]");
        int[] numbers = new int[parts.length];
        int count = 0;
        for (String part : parts) {
            if (!part.matches("\\d{1,9}")) {
                break;
            }
            numbers[count++] = Integer.parseInt(part);
        }
        return java.util.Arrays.copyOf(numbers, count);
    }

    /**
     * Retries as configured, minus the waiting: the builder's own retry strategy or retry policy with its backoff
     * replaced by none, or, when it has neither, the SDK's default for the resolved retry mode without backoff.
     * Every call makes a new strategy: a strategy holds the retry token bucket, and a shared one would let one
     * client's failed retries drain the bucket of every other client.
     *
     * @param override the client's override configuration so far
     * @return the same builder
     */
    public static ClientOverrideConfiguration.Builder withoutBackoff(ClientOverrideConfiguration.Builder override) {
        if (RETRY_STRATEGIES) {
            return Strategies.withoutBackoff(override);
        }
        return withoutBackoffLegacy(override);
    }

    @SuppressWarnings("deprecation") // RetryPolicy is the only retry API of SDKs before 2.26
    static ClientOverrideConfiguration.Builder withoutBackoffLegacy(ClientOverrideConfiguration.Builder override) {
        RetryPolicy.Builder policy = Optional.ofNullable(override.retryPolicy())
                .map(RetryPolicy::toBuilder)
                .orElseGet(() -> RetryPolicy.builder(RetryMode.resolver().resolve()));
        return override.retryPolicy(
                policy.backoffStrategy(software.amazon.awssdk.core.retry.backoff.BackoffStrategy.none())
                        .throttlingBackoffStrategy(software.amazon.awssdk.core.retry.backoff.BackoffStrategy.none())
                        .build());
    }

    /**
     * The region set on a client builder with {@code region(...)}, if any. Client builders have no getter for it:
     * it is read from the SDK's own builder class ({@code SdkDefaultClientBuilder.clientConfiguration}), on every
     * SDK version the build tests. Empty when none was set, or when a builder of another kind hides it.
     *
     * @param builder a client builder
     * @return the region set on it
     */
    public static Optional<Region> regionOf(Object builder) {
        try {
            for (Class<?> type = builder.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals("software.amazon.awssdk.core.client.builder.SdkDefaultClientBuilder")) {
                    Field field = type.getDeclaredField("clientConfiguration");
                    field.setAccessible(true);
                    return Optional.ofNullable((Region) option(field.get(builder), AwsClientOption.AWS_REGION));
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** An option of an {@code SdkClientConfiguration.Builder}: its getter (SDK 2.21 and later) or a built copy's. */
    private static Object option(Object configuration, ClientOption<?> option) throws ReflectiveOperationException {
        try {
            Method getter = configuration.getClass().getMethod("option", ClientOption.class);
            return getter.invoke(configuration, option);
        } catch (NoSuchMethodException older) {
            Object built = configuration.getClass().getMethod("build").invoke(configuration);
            return built.getClass().getMethod("option", ClientOption.class).invoke(built, option);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, SdkSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The retries API of SDK 2.26 and later; loaded only when it is there. */
    private static final class Strategies {

        @SuppressWarnings("deprecation") // a legacy policy the user set is honoured, minus its backoff
        static ClientOverrideConfiguration.Builder withoutBackoff(ClientOverrideConfiguration.Builder override) {
            software.amazon.awssdk.retries.api.RetryStrategy strategy = override.retryStrategy();
            if (strategy == null && override.retryPolicy() != null) {
                return withoutBackoffLegacy(override);
            }
            if (strategy == null) {
                RetryMode mode = override.retryMode() != null
                        ? override.retryMode()
                        : RetryMode.resolver().resolve();
                strategy = software.amazon.awssdk.awscore.retry.AwsRetryStrategy.forRetryMode(mode);
            }
            return override.retryStrategy(strategy.toBuilder()
                    .backoffStrategy(software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())
                    .throttlingBackoffStrategy(software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())
                    .build());
        }
    }
}
