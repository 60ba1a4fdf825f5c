package io.github.cognitofake.internal.engine;

import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.fault.Faults;
import io.github.cognitofake.internal.auth.Authentication;
import io.github.cognitofake.internal.auth.SigV4Verifier;
import io.github.cognitofake.internal.auth.SigningCredentials;
import io.github.cognitofake.internal.fault.FaultPlan;
import io.github.cognitofake.internal.journal.Journal;
import io.github.cognitofake.internal.journal.RecordingInterceptor;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.pipeline.AttemptPipeline;
import io.github.cognitofake.internal.pipeline.ExpectedCalls;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.internal.seed.FixtureReader;
import io.github.cognitofake.internal.seed.PoolRequest;
import io.github.cognitofake.internal.seed.SeedDraft;
import io.github.cognitofake.internal.seed.SeedRunner;
import io.github.cognitofake.internal.seed.SnapshotWriter;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.IdSource;
import io.github.cognitofake.internal.transport.InProcessAsyncHttpClient;
import io.github.cognitofake.internal.transport.InProcessHttpClient;
import io.github.cognitofake.journal.CallJournal;
import io.github.cognitofake.operation.Operation;
import io.github.cognitofake.seed.Seed;
import io.github.cognitofake.seed.Seeded;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * One fake, wired: the service and its state, the protocol, the attempt pipeline (journal, strictness,
 * faults) and the in-process transports. The public {@code CognitoIdentityFake} delegates to it; the
 * loopback server and the project's own tests reach it through {@link EngineAccess}. It knows nothing of
 * SDK client builders, which are the facade's business.
 */
public final class FakeEngine {

    /** The signing name of Cognito Identity: the service part of a SigV4 credential scope. */
    private static final String SIGNING_NAME = "cognito-identity";

    private final AccountRegion home;
    private final CognitoIdentityService service;
    private final AwsJsonProtocol protocol;
    private final FaultPlan faults = new FaultPlan();
    private final Journal journal;
    private final ExpectedCalls strictness = new ExpectedCalls();
    private final RecordingInterceptor recorder;
    private final AttemptPipeline attempts;
    private final InProcessHttpClient httpClient;
    private final InProcessAsyncHttpClient asyncHttpClient;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param partition the ARN partition of the region, such as {@code aws}
     * @param idSeed a seed for repeatable ids, or null for random ones
     * @param clock the fake's time: tokens, identity dates, credential expiration, signature dates
     * @param verifySignatures whether SigV4 signatures are recomputed with these keys, or only an
     *     Authorization header is needed
     * @param journalLimit how many of the latest calls the journal keeps the details of
     * @param issuedCredentialsLimit how many of the latest issued credentials are kept
     */
    public FakeEngine(
            String partition,
            String accountId,
            String region,
            Long idSeed,
            Clock clock,
            String accessKeyId,
            String secretAccessKey,
            boolean verifySignatures,
            int journalLimit,
            int issuedCredentialsLimit) {
        this.journal = new Journal(journalLimit);
        this.recorder = new RecordingInterceptor(journal);
        this.home = new AccountRegion(partition, accountId, region);
        SigningCredentials keys = new SigningCredentials(accessKeyId, secretAccessKey);
        IdSource ids = idSeed == null ? IdSource.random() : IdSource.seeded(idSeed);
        this.service = new CognitoIdentityService(home, ids, clock, issuedCredentialsLimit);
        Authentication authentication = verifySignatures
                ? new SigV4Verifier(keys, home.region(), SIGNING_NAME, clock)
                : Authentication.headerPresent();
        this.protocol = new AwsJsonProtocol(ServiceModel.cognitoIdentity(), service::handler, authentication);
        this.attempts = new AttemptPipeline(faults, journal, strictness, protocol, closed::get);
        this.httpClient = new InProcessHttpClient(attempts);
        this.asyncHttpClient = new InProcessAsyncHttpClient(attempts);
    }

    /** The service and its state, for the project's own tests of internal rules. */
    public CognitoIdentityService service() {
        return service;
    }

    /** The ARN of a pool of this fake's partition, region and account. */
    public String identityPoolArn(String identityPoolId) {
        return home.identityPoolArn(identityPoolId);
    }

    /** The path every HTTP attempt takes, whichever transport carries it. */
    public AttemptPipeline attempts() {
        return attempts;
    }

    public SdkHttpClient httpClient() {
        return httpClient;
    }

    public SdkAsyncHttpClient asyncHttpClient() {
        return asyncHttpClient;
    }

    /** The interceptor that joins each SDK call to its HTTP attempts in the journal. */
    public RecordingInterceptor recorder() {
        return recorder;
    }

    public CallJournal journal() {
        return journal;
    }

    public Faults faults() {
        return faults;
    }

    /** Makes the fake strict, expecting these operations in addition to any expected before. */
    public void expect(Set<Operation> operations) {
        strictness.expect(operations);
    }

    /** The operations a strict fake expects; empty when it is not strict. */
    public Optional<Set<Operation>> expectedOperations() {
        return strictness.expected();
    }

    /** The unexpected operations attempted so far, in order. */
    public List<String> unexpectedCalls() {
        return strictness.unexpected();
    }

    /** How many attempts of each operation reached the fake since it was reset; for the JUnit extension's checks. */
    public Map<Operation, Integer> attemptsByOperation() {
        return strictness.attempts();
    }

    /** Every credential GetCredentialsForIdentity issued, oldest first. */
    public List<IssuedCredentials> issuedCredentials() {
        return service.credentials().ledger().all();
    }

    public Optional<IssuedCredentials> issuedCredentials(String accessKeyId) {
        return service.credentials().ledger().find(accessKeyId);
    }

    /**
     * Runs the seeding DSL: its requests go straight to the protocol, validated as calls are, but neither
     * faulted nor journaled.
     */
    public Seeded seed(Consumer<Seed> seed) {
        ensureOpen();
        SeedDraft draft = new SeedDraft();
        seed.accept(draft);
        return run(draft.requests());
    }

    /** Seeds from a fixture's JSON. */
    public Seeded load(String source, String json) {
        ensureOpen();
        return run(FixtureReader.read(source, json));
    }

    private Seeded run(List<PoolRequest> pools) {
        return new SeedRunner(protocol, home.region()).run(pools);
    }

    /** The fixture JSON of every pool now in the fake. */
    public String snapshot() {
        ensureOpen();
        return SnapshotWriter.write(service.pools());
    }

    /** Forgets every resource, fault, recorded call and expectation: the fake behaves as if new. */
    public void reset() {
        ensureOpen();
        service.reset();
        faults.clear();
        journal.clear();
        strictness.reset();
    }

    /** Closes the engine; true only for the call that closed it. */
    public boolean close() {
        return closed.compareAndSet(false, true);
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** @throws IllegalStateException when the fake is closed */
    public void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This CognitoIdentityFake is closed; create a new one.");
        }
    }
}
