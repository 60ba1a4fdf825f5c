package io.github.cognitofake.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.SdkSupport;
import io.github.cognitofake.server.CognitoIdentityFakeServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * {@link RouteSdkClientsToFake} at work: while an annotated class runs, the SDK's configuration system properties
 * send every Cognito Identity client built without an explicit endpoint to a loopback server: the server of the
 * current test's fake while a test (or its instance's construction) runs, and a guard that refuses every request,
 * with a message that says why, outside them. Lives in the annotated class's store; closing it restores the
 * properties.
 */
// JUnit 5.10 to 5.12 close only CloseableResource values; 5.13 on prefer AutoCloseable (see Lease).
@SuppressWarnings("deprecation")
final class SdkClientRouting implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Where the service-specific endpoint system properties arrived; older SDKs silently ignore them. */
    static final String MINIMUM_SDK = "2.28.1";

    static final String ENDPOINT = "aws.endpointUrlCognitoIdentity";
    static final String IGNORE_ENDPOINTS = "aws.ignoreConfiguredEndpointUrls";
    static final String IGNORE_ENDPOINTS_ENV = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    private static final String ACCESS_KEY = "aws.accessKeyId";
    private static final String SECRET_KEY = "aws.secretAccessKey";
    private static final String SESSION_TOKEN = "aws.sessionToken";
    private static final String REGION = "aws.region";
    private static final String[] PROPERTIES = {ENDPOINT, ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, REGION};

    private final Map<String, String> saved = new LinkedHashMap<>();
    private final HttpServer guard;
    private final URI guardEndpoint;
    private CognitoIdentityFake routed;
    private CognitoIdentityFakeServer server;

    private SdkClientRouting(Class<?> testClass) {
        for (String property : PROPERTIES) {
            saved.put(property, System.getProperty(property));
        }
        this.guard = startGuard(testClass);
        this.guardEndpoint = URI.create("http://127.0.0.1:" + guard.getAddress().getPort());
        set(ENDPOINT, guardEndpoint.toString());
        set(ACCESS_KEY, CognitoIdentityFake.DEFAULT_ACCESS_KEY_ID);
        set(SECRET_KEY, CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY);
        set(SESSION_TOKEN, null);
        set(REGION, "us-east-1");
    }

    /**
     * The routing of the class {@code context} belongs to, started on first use, when the class (or an enclosing
     * one) carries {@link RouteSdkClientsToFake} for the extension named {@code name}.
     *
     * @throws ExtensionConfigurationException when routing is asked for but would not be safe
     */
    static Optional<SdkClientRouting> of(ExtensionContext context, String name) {
        ExtensionContext annotated = null;
        for (ExtensionContext current = context;
                current != null;
                current = current.getParent().orElse(null)) {
            Optional<Class<?>> testClass = current.getTestClass();
            if (testClass.isEmpty()) {
                break;
            }
            if (current.getTestMethod().isEmpty()
                    && AnnotationSupport.findAnnotation(testClass.get(), RouteSdkClientsToFake.class)
                            .filter(route -> route.value().equals(name))
                            .isPresent()) {
                annotated = current; // the outermost annotated class wins: one routing for it and its nested classes
            }
        }
        if (annotated == null) {
            return Optional.empty();
        }
        ExtensionContext owner = annotated;
        return Optional.of(owner.getStore(CognitoIdentityFakeExtension.NAMESPACE)
                .getOrComputeIfAbsent(new Key(name), key -> start(owner), SdkClientRouting.class));
    }

    private static SdkClientRouting start(ExtensionContext owner) {
        Class<?> testClass = owner.getRequiredTestClass();
        String refusal = "@RouteSdkClientsToFake on " + testClass.getName() + ": ";
        if (!locksSystemProperties(owner)) {
            throw new ExtensionConfigurationException(refusal
                    + "routing changes system properties of the whole JVM; add"
                    + " @ResourceLock(Resources.SYSTEM_PROPERTIES) to the class, so that no test that uses them runs"
                    + " beside it.");
        }
        try {
            SdkSupport.requireAtLeast(MINIMUM_SDK, "'s @RouteSdkClientsToFake");
        } catch (IllegalStateException tooOld) {
            throw new ExtensionConfigurationException(refusal + tooOld.getMessage()
                    + " Older SDKs ignore the endpoint system property and would send requests to AWS.");
        }
        ignoreSetting().ifPresent(setting -> {
            throw new ExtensionConfigurationException(refusal + setting
                    + " is set, so the SDK ignores the endpoint system property and would send requests to AWS."
                    + " Unset it for these tests.");
        });
        SdkClientRouting routing = new SdkClientRouting(testClass);
        try {
            routing.probe(refusal);
        } catch (RuntimeException | Error failed) {
            routing.close();
            throw failed;
        }
        return routing;
    }

    /** Whether the class of {@code owner}, or a class it is nested in, holds the lock of the system properties. */
    private static boolean locksSystemProperties(ExtensionContext owner) {
        for (ExtensionContext current = owner;
                current != null;
                current = current.getParent().orElse(null)) {
            Optional<Class<?>> type = current.getTestClass();
            if (type.isEmpty()) {
                return false;
            }
            boolean locked = AnnotationSupport.findRepeatableAnnotations(type.get(), ResourceLock.class).stream()
                    .anyMatch(lock -> lock.value().equals(Resources.SYSTEM_PROPERTIES));
            if (locked) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> ignoreSetting() {
        String property = System.getProperty(IGNORE_ENDPOINTS);
        if (property != null && !property.trim().equalsIgnoreCase("false")) {
            return Optional.of("The system property " + IGNORE_ENDPOINTS + " (\"" + property + "\")");
        }
        String variable = System.getenv(IGNORE_ENDPOINTS_ENV);
        if (variable != null && !variable.trim().equalsIgnoreCase("false")) {
            return Optional.of("The environment variable " + IGNORE_ENDPOINTS_ENV + " (\"" + variable + "\")");
        }
        return Optional.empty();
    }

    /**
     * Builds a client as production code would (no endpoint, region or credentials of its own) and checks where
     * its first request would go, without sending it: whatever the SDK's configuration (an SDK that ignores the
     * property, a profile's {@code ignore_configured_endpoint_urls}), a request that would leave for AWS is refused.
     */
    private void probe(String refusal) {
        AtomicReference<URI> seen = new AtomicReference<>();
        ExecutionInterceptor capture = new Capture(seen);
        try (CognitoIdentityClient client = CognitoIdentityClient.builder()
                .httpClient(new NoHttp())
                .overrideConfiguration(o -> o.addExecutionInterceptor(capture))
                .build()) {
            client.listIdentityPools(b -> b.maxResults(1));
        } catch (RuntimeException stopped) {
            if (seen.get() == null) {
                throw new ExtensionConfigurationException(
                        refusal + "a client built as production code builds it failed before sending: " + stopped,
                        stopped);
            }
        }
        URI target = seen.get();
        if (!guardEndpoint.getHost().equals(target.getHost()) || guardEndpoint.getPort() != target.getPort()) {
            throw new ExtensionConfigurationException(refusal + "a client built as production code builds it would"
                    + " send its requests to " + target + ", not to the fake: the SDK ignores the endpoint system"
                    + " property " + ENDPOINT + " (is ignore_configured_endpoint_urls set in the AWS config"
                    + " file?).");
        }
    }

    /** Points clients built from now on at {@code fake}, served on loopback, until the next call or {@link #unroute}. */
    synchronized void route(CognitoIdentityFake fake) {
        if (fake == routed && server != null && !server.isClosed()) {
            return;
        }
        closeServer();
        server = CognitoIdentityFakeServer.serve(fake);
        routed = fake;
        set(ENDPOINT, server.endpoint().toString());
        // The fake's key pair when it verifies signatures with the default one; any other fails its checks loudly.
        set(ACCESS_KEY, fake.options().accessKeyId());
        set(SECRET_KEY, CognitoIdentityFake.DEFAULT_SECRET_ACCESS_KEY);
        set(REGION, fake.region().id());
    }

    /**
     * Routes to the fake of the test running in {@code testContext}, its own, until that test ends.
     *
     * @param testContext the context of a test method
     * @param fake the test's fake
     */
    void routeUntilTheEnd(ExtensionContext testContext, CognitoIdentityFake fake) {
        route(fake);
        testContext.getStore(CognitoIdentityFakeExtension.NAMESPACE).put(new TestEnd(this), new TestEnd(this));
    }

    /**
     * Routes to the fake the tests of a class share, until the class ends: clients of a per-class test instance
     * live as long as it does.
     */
    void routeShared(CognitoIdentityFake fake) {
        route(fake);
    }

    /** Stops routing to the test's fake when the test's context closes. */
    private record TestEnd(SdkClientRouting routing)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            routing.unroute();
        }
    }

    /** Stops serving the routed fake; clients built from now on, and those still pointing at it, reach no fake. */
    synchronized void unroute() {
        closeServer();
        set(ENDPOINT, guardEndpoint.toString());
    }

    @Override
    public synchronized void close() {
        closeServer();
        guard.stop(0);
        saved.forEach(SdkClientRouting::set);
    }

    private void closeServer() {
        if (server != null) {
            server.close();
            server = null;
            routed = null;
        }
    }

    private static void set(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    /** A loopback server that answers every request with an error that says why no fake answers. */
    private static HttpServer startGuard(Class<?> testClass) {
        String message = "cognito-identity-fake: this Cognito Identity client reaches no fake. @RouteSdkClientsToFake"
                + " on " + testClass.getSimpleName() + " points clients at the fake of the running test; this one"
                + " was built outside a test (in @BeforeAll or a static initialiser) or is used after its test ended."
                + " Build it in the test, in @BeforeEach or in the test instance.";
        byte[] body = ("{\"__type\":\"CognitoIdentityFakeNotRoutedException\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer guard = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            guard.createContext("/", exchange -> refuse(exchange, body));
            guard.start();
            return guard;
        } catch (IOException e) {
            throw new ExtensionConfigurationException("@RouteSdkClientsToFake could not listen on loopback", e);
        }
    }

    private static void refuse(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange;
                InputStream request = exchange.getRequestBody()) {
            request.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "CognitoIdentityFakeNotRoutedException");
            exchange.sendResponseHeaders(400, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        }
    }

    private record Key(String name) {}

    /** Ends the probe's only request before it is sent. */
    private static final class ProbeStop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProbeStop() {
            super("probe", null, false, false);
        }
    }

    /** Notes where the probe's request would go, and stops it there. */
    private static final class Capture implements ExecutionInterceptor {
        private final AtomicReference<URI> seen;

        Capture(AtomicReference<URI> seen) {
            this.seen = seen;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            seen.set(context.httpRequest().getUri());
            throw new ProbeStop();
        }
    }

    /** The probe's HTTP client: never used, as the probe stops before sending. */
    private static final class NoHttp implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            throw new ProbeStop();
        }

        @Override
        public void close() {}

        @Override
        public String clientName() {
            return "cognito-identity-fake-probe";
        }
    }
}
