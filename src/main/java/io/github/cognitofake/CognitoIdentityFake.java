package io.github.cognitofake;

import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.service.IdSource;
import io.github.cognitofake.internal.transport.InProcessAsyncHttpClient;
import io.github.cognitofake.internal.transport.InProcessHttpClient;
import io.github.cognitofake.internal.wire.AwsJsonProtocol;
import io.github.cognitofake.internal.wire.WireRequest;
import io.github.cognitofake.internal.wire.WireResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClientBuilder;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;

/**
 * An in-process, stateful fake of Amazon Cognito Identity that real AWS SDK for Java v2 clients talk
 * to. Requests go through the SDK's own marshalling, signing, retries and error handling and reach the
 * fake through an in-process HTTP client: nothing opens a socket.
 *
 * <pre>{@code
 * try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
 *     CognitoIdentityClient cognito = fake.client();
 *     String poolId = cognito.createIdentityPool(b -> b.identityPoolName("app")
 *             .allowUnauthenticatedIdentities(false)).identityPoolId();
 * }
 * }</pre>
 *
 * <p>One fake is one account in one region. It is safe to call from any number of threads. Create one
 * per test, or {@link #reset()} it between tests.
 */
public final class CognitoIdentityFake implements AutoCloseable {

    /** The account id a fake uses unless told otherwise. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    /**
     * Where clients configured by the fake send requests. The {@code .invalid} domain never resolves, so a
     * request can only ever reach the fake's own HTTP client.
     */
    public static final URI ENDPOINT = URI.create("https://cognito-identity.fake.invalid");

    /** AWS's documented example key pair: signed requests look real, and nothing can be done with them. */
    private static final AwsCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    private final Region region;
    private final String accountId;
    private final CognitoIdentityService service;
    private final AwsJsonProtocol protocol;
    private final InProcessHttpClient httpClient;
    private final InProcessAsyncHttpClient asyncHttpClient;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile CognitoIdentityClient client;
    private volatile CognitoIdentityAsyncClient asyncClient;

    private CognitoIdentityFake(Builder builder) {
        this.region = builder.region;
        this.accountId = builder.accountId;
        IdSource ids = builder.seed == null ? IdSource.random() : IdSource.seeded(builder.seed);
        this.service = new CognitoIdentityService(region.id(), ids);
        this.protocol = new AwsJsonProtocol(ServiceModel.cognitoIdentity(), service);
        this.httpClient = new InProcessHttpClient(this::handle);
        this.asyncHttpClient = new InProcessAsyncHttpClient(this::handle);
    }

    /** A fake in {@code us-east-1}, account {@value #DEFAULT_ACCOUNT_ID}, with random ids. */
    public static CognitoIdentityFake create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private WireResponse handle(WireRequest request) throws IOException {
        if (closed.get()) {
            throw new IOException("This CognitoIdentityFake is closed; create a new one for further calls.");
        }
        return protocol.handle(request);
    }

    /** The region of this fake; identity pool ids start with it. */
    public Region region() {
        return region;
    }

    /** The account id of this fake, used in the ARNs it makes. */
    public String accountId() {
        return accountId;
    }

    /**
     * A synchronous client wired to this fake, built on first use and closed with the fake. It keeps the
     * SDK's default number of attempts but does not wait between them, so retried faults cost no time.
     */
    public CognitoIdentityClient client() {
        CognitoIdentityClient current = client;
        if (current == null) {
            synchronized (this) {
                ensureOpen();
                current = client;
                if (current == null) {
                    current = configure(CognitoIdentityClient.builder())
                            .overrideConfiguration(o -> o.retryStrategy(RetryWithoutBackoff.STRATEGY))
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    /** The asynchronous counterpart of {@link #client()}, built on first use and closed with the fake. */
    public CognitoIdentityAsyncClient asyncClient() {
        CognitoIdentityAsyncClient current = asyncClient;
        if (current == null) {
            synchronized (this) {
                ensureOpen();
                current = asyncClient;
                if (current == null) {
                    current = configure(CognitoIdentityAsyncClient.builder())
                            .overrideConfiguration(o -> o.retryStrategy(RetryWithoutBackoff.STRATEGY))
                            .build();
                    asyncClient = current;
                }
            }
        }
        return current;
    }

    /** The in-process HTTP client that answers as this fake, for wiring your own synchronous client. */
    public SdkHttpClient httpClient() {
        return httpClient;
    }

    /** The in-process HTTP client that answers as this fake, for wiring your own asynchronous client. */
    public SdkAsyncHttpClient asyncHttpClient() {
        return asyncHttpClient;
    }

    /** The endpoint clients configured by the fake use; requests to it never leave the JVM. */
    public URI endpoint() {
        return ENDPOINT;
    }

    /**
     * Points a synchronous client builder at this fake: HTTP client, region, endpoint and dummy
     * credentials. Everything else you set on the builder, such as its retry strategy or interceptors,
     * is kept.
     *
     * @return the same builder, for chaining
     */
    public CognitoIdentityClientBuilder configure(CognitoIdentityClientBuilder builder) {
        return common(builder).httpClient(httpClient);
    }

    /** Points an asynchronous client builder at this fake; see {@link #configure(CognitoIdentityClientBuilder)}. */
    public CognitoIdentityAsyncClientBuilder configure(CognitoIdentityAsyncClientBuilder builder) {
        return common(builder).httpClient(asyncHttpClient);
    }

    private <B extends AwsClientBuilder<B, ?>> B common(B builder) {
        Objects.requireNonNull(builder, "builder");
        ensureOpen();
        return builder.region(region).endpointOverride(ENDPOINT).credentialsProvider(CREDENTIALS);
    }

    /** Forgets every identity pool, role and mapping, as if the fake were new. */
    public void reset() {
        ensureOpen();
        service.reset();
    }

    /** Closes the clients the fake built; calls through any client wired to it fail from now on. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            synchronized (this) {
                if (client != null) {
                    client.close();
                }
                if (asyncClient != null) {
                    asyncClient.close();
                }
            }
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This CognitoIdentityFake is closed; create a new one.");
        }
    }

    /** Retries as the SDK would by default, minus the waiting; resolved once, as the SDK resolves it per client. */
    private static final class RetryWithoutBackoff {
        static final RetryStrategy STRATEGY = AwsRetryStrategy.forRetryMode(RetryMode.resolver().resolve())
                .toBuilder()
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build();
    }

    /** Settings of a new fake. */
    public static final class Builder {

        private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

        private Region region = Region.US_EAST_1;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private Long seed;

        private Builder() {}

        /** The fake's region (default {@code us-east-1}); pool ids start with it. */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** The fake's region by name, such as {@code "eu-west-1"}. */
        public Builder region(String region) {
            Objects.requireNonNull(region, "region");
            return region(Region.of(region));
        }

        /** The fake's 12-digit account id (default {@value CognitoIdentityFake#DEFAULT_ACCOUNT_ID}). */
        public Builder accountId(String accountId) {
            if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
                throw new IllegalArgumentException(
                        "An AWS account id is 12 digits, such as \"123456789012\"; got " + describe(accountId) + ".");
            }
            this.accountId = accountId;
            return this;
        }

        /** Makes ids deterministic: the same sequence of creations gets the same ids in every run. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public CognitoIdentityFake build() {
            return new CognitoIdentityFake(this);
        }

        private static String describe(String value) {
            return value == null ? "null" : "\"" + value + "\"";
        }
    }
}
