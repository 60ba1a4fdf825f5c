package io.github.cognitofake;

import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.fault.Faults;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.engine.FakeEngine;
import io.github.cognitofake.internal.engine.Partitions;
import io.github.cognitofake.internal.engine.SdkSupport;
import io.github.cognitofake.journal.CallJournal;
import io.github.cognitofake.operation.Operation;
import io.github.cognitofake.seed.Fixture;
import io.github.cognitofake.seed.Seed;
import io.github.cognitofake.seed.SeedException;
import io.github.cognitofake.seed.Seeded;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
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
 *
 * <p>It needs AWS SDK for Java v2 2.18.0 or later: on an older SDK, creating a fake throws an
 * {@link IllegalStateException} that names the version found.
 */
public final class CognitoIdentityFake implements AutoCloseable {

    /** The account id a fake uses unless told otherwise. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    /**
     * Where clients configured by the fake send requests. The {@code .invalid} domain never resolves, so a
     * request can only ever reach the fake's own HTTP client.
     */
    public static final URI ENDPOINT = URI.create("https://cognito-identity.fake.invalid");

    /**
     * The access key id the fake's clients sign with unless {@link Builder#verifySignatures(String, String)}
     * names another: AWS's documented example, so signed requests look real and nothing can be done with them.
     */
    public static final String DEFAULT_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";

    /** The secret access key that goes with {@link #DEFAULT_ACCESS_KEY_ID}, also AWS's documented example. */
    public static final String DEFAULT_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /**
     * How many of the latest calls a fake's {@linkplain #journal() journal} keeps the details of unless
     * {@link Builder#journalLimit(int)} says otherwise; counts are kept for every call.
     */
    public static final int DEFAULT_JOURNAL_LIMIT = 10_000;

    /**
     * How many of the latest {@linkplain #issuedCredentials() issued credentials} a fake keeps unless
     * {@link Builder#issuedCredentialsLimit(int)} says otherwise.
     */
    public static final int DEFAULT_ISSUED_CREDENTIALS_LIMIT = 10_000;

    private final FakeOptions options;
    private final FakeEngine engine;
    private final AwsCredentialsProvider credentials;
    private volatile CognitoIdentityClient client;
    private volatile CognitoIdentityAsyncClient asyncClient;

    static {
        // The loopback server carries a fake's attempts itself, through its engine.
        EngineAccess.install(fake -> ((CognitoIdentityFake) fake).engine);
    }

    private CognitoIdentityFake(FakeOptions options) {
        SdkSupport.requireSupportedSdk();
        this.options = options;
        Region region = options.region();
        this.engine = new FakeEngine(
                partition(region),
                options.accountId(),
                region.id(),
                options.idSeedOrNull(),
                options.clock(),
                options.accessKeyId(),
                options.secretAccessKey(),
                options.verifiesSignatures(),
                options.journalLimit(),
                options.issuedCredentialsLimit());
        this.credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(options.accessKeyId(), options.secretAccessKey()));
    }

    private static String partition(Region region) {
        // Not region.metadata(): it loads the metadata of every region and service, for one string.
        return Partitions.of(region.id());
    }

    /**
     * Creates a fake with the default settings.
     *
     * @return a fake in {@code us-east-1}, account {@value #DEFAULT_ACCOUNT_ID}, with random ids
     */
    public static CognitoIdentityFake create() {
        return builder().build();
    }

    /**
     * Creates a fake from options made by {@link Builder#options()}.
     *
     * @param options the region, account, id seed, clock and signature checks
     * @return a new fake
     */
    public static CognitoIdentityFake create(FakeOptions options) {
        return new CognitoIdentityFake(Objects.requireNonNull(options, "options"));
    }

    /**
     * Starts the settings of a new fake.
     *
     * <pre>{@code
     * CognitoIdentityFake fake = CognitoIdentityFake.builder().region("eu-west-1").idSeed(42).build();
     * }</pre>
     *
     * @return a builder with the defaults of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    static Builder builder(FakeOptions options) {
        return new Builder(options);
    }

    /** {@return the options this fake was built from} */
    public FakeOptions options() {
        return options;
    }

    /** {@return the region of this fake; identity pool ids start with it} */
    public Region region() {
        return options.region();
    }

    /** {@return the account id of this fake, used in the ARNs it makes} */
    public String accountId() {
        return options.accountId();
    }

    /**
     * The ARN of an identity pool of this fake, as TagResource, UntagResource and ListTagsForResource take
     * it: {@code arn:aws:cognito-identity:<region>:<account id>:identitypool/<identity pool id>}.
     *
     * @param identityPoolId the pool's id, such as {@code us-east-1:0c1f...}; whether the pool exists is not checked
     * @return the pool's ARN in this fake's partition, region and account
     */
    public String identityPoolArn(String identityPoolId) {
        Objects.requireNonNull(identityPoolId, "identityPoolId");
        return engine.identityPoolArn(identityPoolId);
    }

    /**
     * A synchronous client wired to this fake, built on first use and closed with the fake. It keeps the
     * SDK's default number of attempts but does not wait between them, so retried faults cost no time.
     *
     * @return the fake's synchronous client
     * @throws IllegalStateException if the fake is closed
     */
    public CognitoIdentityClient client() {
        CognitoIdentityClient current = client;
        if (current == null) {
            synchronized (this) {
                ensureOpen();
                current = client;
                if (current == null) {
                    current = configure(CognitoIdentityClient.builder(), Retries.WITHOUT_BACKOFF)
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    /**
     * The asynchronous counterpart of {@link #client()}, built on first use and closed with the fake.
     *
     * @return the fake's asynchronous client
     * @throws IllegalStateException if the fake is closed
     */
    public CognitoIdentityAsyncClient asyncClient() {
        CognitoIdentityAsyncClient current = asyncClient;
        if (current == null) {
            synchronized (this) {
                ensureOpen();
                current = asyncClient;
                if (current == null) {
                    current = configure(CognitoIdentityAsyncClient.builder(), Retries.WITHOUT_BACKOFF)
                            .build();
                    asyncClient = current;
                }
            }
        }
        return current;
    }

    /**
     * The fault plan of this fake: make chosen HTTP attempts fail (throttling, service errors, latency,
     * connection resets, corrupted bodies) the way the real service and network can.
     *
     * <pre>{@code
     * fake.faults().on(Operation.GET_IDENTITY_POOL_ROLES).throttle().times(2); // the SDK retries; attempt 3 succeeds
     * }</pre>
     *
     * <p>Faults count HTTP attempts, as the service sees them, so the SDK's retries count too. The plan
     * belongs to this fake only; {@link #reset()} clears it. See docs/faults.md.
     *
     * @return the fault plan, to add and remove rules
     */
    public Faults faults() {
        return engine.faults();
    }

    /**
     * Every API call made through this fake, in order: operation, typed request, response or exception,
     * and each HTTP attempt with its status, injected faults and timing. Faults count HTTP attempts, and
     * so does the journal. Seeding is not recorded. {@link #reset()} clears it. See docs/assertions.md.
     *
     * @return the journal of this fake's calls
     */
    public CallJournal journal() {
        return engine.journal();
    }

    /**
     * Makes this fake strict, like Mockito's strict stubs: an attempt of any operation not expected here
     * (or in an earlier call) is refused with HTTP 400 {@code CognitoIdentityFakeUnexpectedCallException},
     * which the SDK does not retry and whose message names the operation and how to expect it, and
     * {@link #verifyNoUnexpectedCalls()} fails afterwards even if the code under test swallowed the error.
     * {@link #reset()} makes the fake lenient again.
     *
     * <pre>{@code
     * fake.expect(Operation.CREATE_IDENTITY_POOL, Operation.DESCRIBE_IDENTITY_POOL);
     * }</pre>
     *
     * @param operation an operation the code under test may call
     * @param more further operations it may call
     * @return this fake, for chaining
     */
    public CognitoIdentityFake expect(Operation operation, Operation... more) {
        Objects.requireNonNull(operation, "operation");
        EnumSet<Operation> operations = EnumSet.of(operation);
        for (Operation next : more) {
            operations.add(Objects.requireNonNull(next, "operation"));
        }
        engine.expect(operations);
        return this;
    }

    /**
     * Fails when a strict fake (see {@link #expect}) was called with an operation it did not expect.
     * The JUnit extension calls it after each test of a strict fake.
     *
     * @throws AssertionError naming the unexpected operations and every call received
     */
    public void verifyNoUnexpectedCalls() {
        List<String> unexpected = engine.unexpectedCalls();
        if (!unexpected.isEmpty()) {
            StringBuilder message = new StringBuilder(
                            "The strict CognitoIdentityFake received calls it did not expect: ")
                    .append(unexpected)
                    .append("; it expects only ")
                    .append(engine.expectedOperations().orElseThrow())
                    .append(".\nCalls received:");
            engine.journal().calls().forEach(call -> message.append("\n  ").append(call));
            throw new AssertionError(message.toString());
        }
    }

    /**
     * The credentials GetCredentialsForIdentity handed out, oldest first, with the identity, pool, role and
     * provider each was issued for: all of them, or the latest {@value #DEFAULT_ISSUED_CREDENTIALS_LIMIT} (or
     * {@link Builder#issuedCredentialsLimit(int)}) of a fake that issued more. {@link #reset()} clears them. See
     * docs/tokens-and-credentials.md.
     *
     * @return the credentials issued so far and kept, oldest first; a snapshot that later calls do not change
     */
    public List<IssuedCredentials> issuedCredentials() {
        return engine.issuedCredentials();
    }

    /**
     * Looks up issued credentials by the access key id the code under test holds, such as the one of the
     * credentials an SDK credentials provider returned.
     *
     * @param accessKeyId the AccessKeyId of the credentials ({@code ASIA...})
     * @return the issued credentials with this access key id; empty when this fake never issued it (or issued it
     *     before the latest {@link Builder#issuedCredentialsLimit(int) limit} of credentials it keeps)
     */
    public Optional<IssuedCredentials> issuedCredentials(String accessKeyId) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        return engine.issuedCredentials(accessKeyId);
    }

    /**
     * The role ARN the credentials with this access key id were issued for, so a test can check which role
     * its user received: {@code fake.roleFor(credentials.accessKeyId())}.
     *
     * @param accessKeyId the AccessKeyId of the credentials ({@code ASIA...})
     * @return the ARN of the role; empty when this fake never issued that access key id
     */
    public Optional<String> roleFor(String accessKeyId) {
        return issuedCredentials(accessKeyId).map(IssuedCredentials::roleArn);
    }

    /**
     * The in-process HTTP client that answers as this fake, for wiring your own synchronous client.
     *
     * @return the synchronous HTTP client; closing it does nothing
     */
    public SdkHttpClient httpClient() {
        return engine.httpClient();
    }

    /**
     * The in-process HTTP client that answers as this fake, for wiring your own asynchronous client.
     *
     * @return the asynchronous HTTP client; closing it does nothing
     */
    public SdkAsyncHttpClient asyncHttpClient() {
        return engine.asyncHttpClient();
    }

    /** {@return the endpoint clients configured by the fake use; requests to it never leave the JVM} */
    public URI endpoint() {
        return ENDPOINT;
    }

    /**
     * Points a synchronous client builder at this fake: HTTP client, region, endpoint and dummy
     * credentials, and the interceptor that records its calls in the {@linkplain #journal() journal}.
     * Everything else you set on the builder, such as its retry strategy, timeouts or interceptors, is
     * kept (set them before calling this: {@code overrideConfiguration(...)} replaces the whole setting).
     * Retries keep the SDK's backoff, as in production; {@link #configure(CognitoIdentityClientBuilder, Retries)
     * configure(builder, Retries.WITHOUT_BACKOFF)} retries without the waiting.
     *
     * <p>A region already set on the builder must be the fake's: a fake is one region, its pool ids start
     * with it and its signatures are scoped to it. A builder without a region gets the fake's.
     *
     * <pre>{@code
     * CognitoIdentityClient yours = fake.configure(CognitoIdentityClient.builder()).build();
     * }</pre>
     *
     * @param builder the builder to point at this fake
     * @return the same builder, for chaining
     * @throws IllegalArgumentException if the builder's region is not the fake's
     * @throws IllegalStateException if the fake is closed
     */
    public CognitoIdentityClientBuilder configure(CognitoIdentityClientBuilder builder) {
        return configure(builder, Retries.AS_CONFIGURED);
    }

    /**
     * Points a synchronous client builder at this fake, as {@link #configure(CognitoIdentityClientBuilder)} does,
     * and retries as {@code retries} says: {@link Retries#WITHOUT_BACKOFF} keeps the builder's retry strategy or
     * policy (attempts, conditions) but drops the waiting between attempts, so that a test that injects
     * throttling takes milliseconds instead of seconds.
     *
     * <pre>{@code
     * CognitoIdentityClient yours = fake.configure(CognitoIdentityClient.builder(), Retries.WITHOUT_BACKOFF).build();
     * }</pre>
     *
     * @param builder the builder to point at this fake
     * @param retries whether retries wait as the SDK would
     * @return the same builder, for chaining
     * @throws IllegalArgumentException if the builder's region is not the fake's
     * @throws IllegalStateException if the fake is closed
     */
    public CognitoIdentityClientBuilder configure(CognitoIdentityClientBuilder builder, Retries retries) {
        return common(builder, retries).httpClient(engine.httpClient());
    }

    /**
     * Points an asynchronous client builder at this fake; see {@link #configure(CognitoIdentityClientBuilder)}.
     *
     * @param builder the builder to point at this fake
     * @return the same builder, for chaining
     * @throws IllegalArgumentException if the builder's region is not the fake's
     * @throws IllegalStateException if the fake is closed
     */
    public CognitoIdentityAsyncClientBuilder configure(CognitoIdentityAsyncClientBuilder builder) {
        return configure(builder, Retries.AS_CONFIGURED);
    }

    /**
     * Points an asynchronous client builder at this fake; see
     * {@link #configure(CognitoIdentityClientBuilder, Retries)}.
     *
     * @param builder the builder to point at this fake
     * @param retries whether retries wait as the SDK would
     * @return the same builder, for chaining
     * @throws IllegalArgumentException if the builder's region is not the fake's
     * @throws IllegalStateException if the fake is closed
     */
    public CognitoIdentityAsyncClientBuilder configure(CognitoIdentityAsyncClientBuilder builder, Retries retries) {
        return common(builder, retries).httpClient(engine.asyncHttpClient());
    }

    private <B extends AwsClientBuilder<B, ?>> B common(B builder, Retries retries) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(retries, "retries");
        ensureOpen();
        SdkSupport.regionOf(builder)
                .filter(set -> !set.equals(options.region()))
                .ifPresent(set -> {
                    throw new IllegalArgumentException("The client builder's region is " + set + ", but this fake's is "
                            + options.region()
                            + ": a fake is one region (its pool ids start with it). Create the fake in"
                            + " the region of your code, CognitoIdentityFake.builder().region(\"" + set
                            + "\"), or leave the region unset on the builder.");
                });
        // overrideConfiguration(...) replaces the whole configuration: merge the recorder into what the
        // user already set (retry strategy, timeouts, interceptors) instead of losing it.
        ClientOverrideConfiguration existing = builder.overrideConfiguration();
        ClientOverrideConfiguration.Builder merged =
                existing == null ? ClientOverrideConfiguration.builder() : existing.toBuilder();
        if (!merged.executionInterceptors().contains(engine.recorder())) {
            merged.addExecutionInterceptor(engine.recorder());
        }
        if (retries == Retries.WITHOUT_BACKOFF) {
            SdkSupport.withoutBackoff(merged);
        }
        return builder.overrideConfiguration(merged.build())
                .region(options.region())
                .endpointOverride(ENDPOINT)
                .credentialsProvider(credentials);
    }

    /**
     * Creates identity pools, with their roles and role mappings, through the same validation as the API:
     * a seed the service would refuse throws a {@link SeedException} with the service's message, and
     * leaves nothing it created behind. Seeding is not an API call: it is never recorded and never meets
     * a fault.
     *
     * <pre>{@code
     * String poolId = fake.seed(s -> s.identityPool("app", p -> p
     *         .authenticatedRole("arn:aws:iam::123456789012:role/Auth")))
     *     .poolId("app");
     * }</pre>
     *
     * @param seed what to create, described on the {@link Seed} it is given
     * @return the ids of the created pools, by name
     * @throws SeedException if the service would refuse a request of the seed
     */
    public Seeded seed(Consumer<Seed> seed) {
        Objects.requireNonNull(seed, "seed");
        ensureOpen();
        return engine.seed(seed);
    }

    /**
     * Creates the pools of a fixture (JSON in the AWS CLI's shape, see {@link Fixture}), all or none, with
     * the same validation and guarantees as {@link #seed}.
     *
     * @param fixture the pools to create
     * @return the ids of the created pools, by name
     * @throws SeedException naming the fixture's source, the JSON location and what is wrong
     */
    public Seeded load(Fixture fixture) {
        Objects.requireNonNull(fixture, "fixture");
        ensureOpen();
        return engine.load(fixture.source(), fixture.json());
    }

    /**
     * The fake's identity pools, roles, role mappings, tags and principal tag maps as a {@link Fixture};
     * {@link #load} of it on an empty fake of the same region restores them, ids included. Identities and
     * issued credentials are not part of it.
     *
     * @return the current state as a fixture
     */
    public Fixture snapshot() {
        ensureOpen();
        return Fixture.fromJson("snapshot", engine.snapshot());
    }

    /** {@return whether {@link #close()} was called; a closed fake answers no more calls} */
    public boolean isClosed() {
        return engine.isClosed();
    }

    /**
     * Forgets every identity pool, role and mapping, every issued credential, and every fault rule, as if
     * the fake were new.
     */
    public void reset() {
        engine.reset();
    }

    /** Closes the clients the fake built; calls through any client wired to it fail from now on. */
    @Override
    public void close() {
        if (engine.close()) {
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
        engine.ensureOpen();
    }

    /** Settings of a new fake. */
    public static final class Builder {

        private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

        private Region region = Region.US_EAST_1;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private Long seed;
        private Clock clock = Clock.systemUTC();
        private String accessKeyId = DEFAULT_ACCESS_KEY_ID;
        private String secretAccessKey = DEFAULT_SECRET_ACCESS_KEY;
        private boolean verifySignatures;
        private int journalLimit = DEFAULT_JOURNAL_LIMIT;
        private int issuedCredentialsLimit = DEFAULT_ISSUED_CREDENTIALS_LIMIT;

        private Builder() {}

        private Builder(FakeOptions options) {
            this.region = options.region();
            this.accountId = options.accountId();
            this.seed = options.idSeedOrNull();
            this.clock = options.clock();
            this.accessKeyId = options.accessKeyId();
            this.secretAccessKey = options.secretAccessKey();
            this.verifySignatures = options.verifiesSignatures();
            this.journalLimit = options.journalLimit();
            this.issuedCredentialsLimit = options.issuedCredentialsLimit();
        }

        /**
         * Sets the fake's region (default {@code us-east-1}); pool ids start with it.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Sets the fake's region by name, such as {@code "eu-west-1"}.
         *
         * @param region the region's id
         * @return this builder
         */
        public Builder region(String region) {
            Objects.requireNonNull(region, "region");
            return region(Region.of(region));
        }

        /**
         * Sets the fake's 12-digit account id (default {@value CognitoIdentityFake#DEFAULT_ACCOUNT_ID}).
         *
         * @param accountId twelve digits
         * @return this builder
         * @throws IllegalArgumentException if the id is not twelve digits
         */
        public Builder accountId(String accountId) {
            if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
                throw new IllegalArgumentException(
                        "An AWS account id is 12 digits, such as \"123456789012\"; got " + describe(accountId) + ".");
            }
            this.accountId = accountId;
            return this;
        }

        /**
         * Makes ids deterministic: the same sequence of creations gets the same ids in every run, and
         * {@link CognitoIdentityFake#reset()} starts the sequence over. (Not to be confused with
         * {@link CognitoIdentityFake#seed}, which creates pools.)
         *
         * @param idSeed any number; the same number gives the same ids
         * @return this builder
         */
        public Builder idSeed(long idSeed) {
            this.seed = idSeed;
            return this;
        }

        /**
         * The fake's clock (default: the system clock): it decides when a login token has expired and stamps
         * identities' creation and modification dates. A fixed or offset clock makes both testable.
         *
         * @param clock the clock the fake reads its time from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Verifies the AWS Signature Version 4 of every request to an operation that requires one, against
         * {@link CognitoIdentityFake#DEFAULT_ACCESS_KEY_ID} and {@link CognitoIdentityFake#DEFAULT_SECRET_ACCESS_KEY};
         * see {@link #verifySignatures(String, String)}.
         *
         * @return this builder
         */
        public Builder verifySignatures() {
            return verifySignatures(DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY);
        }

        /**
         * Verifies the AWS Signature Version 4 of every request to an operation that requires one, as the
         * service does: a wrong secret, an unknown access key, a credential scoped to another region or
         * service, or a date more than 5 minutes off is refused with AWS's error (docs/server.md,
         * "Signatures"). Without this, any {@code Authorization} header passes. The clients the fake builds
         * or configures sign with this key pair; requests from the loopback server are verified alike.
         *
         * @param accessKeyId the access key id requests must be signed with
         * @param secretAccessKey its secret
         * @return this builder
         * @throws IllegalArgumentException if the access key id is blank or contains {@code /}, or the secret is empty
         */
        public Builder verifySignatures(String accessKeyId, String secretAccessKey) {
            if (accessKeyId == null || accessKeyId.isBlank() || accessKeyId.contains("/")) {
                throw new IllegalArgumentException("An access key id is a non-empty string without '/', such as \""
                        + DEFAULT_ACCESS_KEY_ID + "\"; got " + describe(accessKeyId) + ".");
            }
            if (secretAccessKey == null || secretAccessKey.isEmpty()) {
                throw new IllegalArgumentException("The secret access key must not be empty.");
            }
            this.accessKeyId = accessKeyId;
            this.secretAccessKey = secretAccessKey;
            this.verifySignatures = true;
            return this;
        }

        /**
         * How many of the latest calls the {@linkplain CognitoIdentityFake#journal() journal} keeps the details
         * of (request, response, attempts); older calls are dropped, oldest first (default
         * {@value CognitoIdentityFake#DEFAULT_JOURNAL_LIMIT}). Counts are kept for every call whatever the
         * limit, so {@code received(operation).times(n)} stays exact; 0 keeps counts only, for load-style tests
         * that make many calls and assert on none of their details.
         *
         * @param limit the number of calls whose details are kept; 0 for counts only
         * @return this builder
         * @throws IllegalArgumentException if the limit is negative
         */
        public Builder journalLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("The journal limit cannot be negative; got " + limit + ".");
            }
            this.journalLimit = limit;
            return this;
        }

        /**
         * How many of the latest credentials the fake keeps for {@link CognitoIdentityFake#issuedCredentials()},
         * {@code issuedCredentials(accessKeyId)}, {@code roleFor} and the issued-credentials assertions; older ones
         * are forgotten, oldest first (default {@value CognitoIdentityFake#DEFAULT_ISSUED_CREDENTIALS_LIMIT}), so
         * a fake that answers GetCredentialsForIdentity a million times does not keep a million records.
         *
         * @param limit the number of issued credentials kept; 0 keeps none
         * @return this builder
         * @throws IllegalArgumentException if the limit is negative
         */
        public Builder issuedCredentialsLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException(
                        "The issued-credentials limit cannot be negative; got " + limit + ".");
            }
            this.issuedCredentialsLimit = limit;
            return this;
        }

        /**
         * The settings so far, as one immutable value: for {@link CognitoIdentityFake#create(FakeOptions)}
         * or the JUnit extension's {@code options(...)}.
         *
         * @return the options of the fake this builder would build
         */
        public FakeOptions options() {
            return new FakeOptions(
                    region,
                    accountId,
                    seed,
                    clock,
                    accessKeyId,
                    secretAccessKey,
                    verifySignatures,
                    journalLimit,
                    issuedCredentialsLimit);
        }

        /**
         * Builds the fake.
         *
         * @return a new fake with these settings
         */
        public CognitoIdentityFake build() {
            return new CognitoIdentityFake(options());
        }

        private static String describe(String value) {
            return value == null ? "null" : "\"" + value + "\"";
        }
    }
}
