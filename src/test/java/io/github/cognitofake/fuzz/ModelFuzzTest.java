package io.github.cognitofake.fuzz;

import io.github.cognitofake.fuzz.FuzzCall.Kind;
import io.github.cognitofake.internal.model.OperationModel;
import io.github.cognitofake.server.CognitoIdentityFakeServer;
import io.github.cognitofake.testing.ClientKind;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * The fake's own fuzzing: requests generated from the bundled service model (valid ones, and ones with a
 * constraint broken, a wrong JSON type, unknown members, a broken body, a wrong target, content type, method or
 * no signature) in sessions of up to 16 on a freshly seeded fake, through {@code fake.httpClient()} and through
 * the SDK clients. Every answer must be a modeled error or a success shaped like the output ({@link Oracle}), and
 * no error (nor any read) may change the fake's state. The class prints one summary line of all three.
 *
 * <p>CI runs the fixed seeds and tries below. A long run, or another seed (docs/fuzzing.md):
 * {@code mvn test -Dtest=ModelFuzzTest -Dfuzz.tries=5000 [-Dfuzz.seed=42]}.
 */
class ModelFuzzTest {

    /** Weights of the kinds of request, in {@link Kind} order. */
    private static final int[] VALID_ONLY = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private static final int[] MIXED = {24, 20, 12, 8, 5, 6, 3, 3, 3, 3, 2, 3, 4};
    private static final int[] SDK = {3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** Operations that only read: a success must not change the state either. */
    private static final Set<String> READS = Set.of(
            "DescribeIdentityPool",
            "DescribeIdentity",
            "ListIdentityPools",
            "ListIdentities",
            "GetIdentityPoolRoles",
            "GetPrincipalTagAttributeMap",
            "ListTagsForResource",
            "LookupDeveloperIdentity");

    private static FuzzWorld world;
    private static ModelRequests requests;
    private static final Oracle ORACLE = new Oracle();
    private static final FuzzStats STATS = new FuzzStats();
    private static long started;
    private static long overTheServer;

    @BeforeAll
    static void start() {
        world = new FuzzWorld();
        requests = new ModelRequests(world);
        started = System.nanoTime();
    }

    @AfterAll
    static void summary() {
        System.out.println(STATS.summary("ModelFuzzTest", (System.nanoTime() - started) / 1_000_000)
                + "; of the requests, " + overTheServer + " went over the loopback server");
        world.close();
    }

    @Test
    void validSessionsGetModeledAnswers() {
        Sessions.check(
                "validSessionsGetModeledAnswers",
                Sessions.seed(160_001),
                Sessions.tries(200, 1),
                Sessions.of(16, random -> requests.next(random, VALID_ONLY)),
                ModelFuzzTest::run);
    }

    @Test
    void everyKindOfRequestGetsItsAnswerAndErrorsChangeNothing() {
        Sessions.check(
                "everyKindOfRequestGetsItsAnswerAndErrorsChangeNothing",
                Sessions.seed(160_002),
                Sessions.tries(300, 1),
                Sessions.of(16, random -> requests.next(random, MIXED)),
                ModelFuzzTest::run);
    }

    @Test
    void overTheLoopbackServer() {
        // The same requests over HTTP/1.1 through a real Apache client to the fake's loopback server: every answer
        // is still a modeled one, and an error still changes nothing. A long run: -Dfuzz.tries=N sends N/4 sessions.
        try (CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(world.fake());
                SdkHttpClient http = ApacheHttpClient.create()) {
            Sessions.check(
                    "overTheLoopbackServer",
                    Sessions.seed(160_004),
                    Sessions.tries(60, 4),
                    Sessions.of(16, random -> requests.next(random, MIXED)),
                    session -> run(session, http, server.endpoint()));
        }
    }

    @Test
    void throughTheSdkClients() {
        // The SDK refuses null list elements and map values itself, before sending: those stay on the wire.
        Sessions.check(
                "throughTheSdkClients",
                Sessions.seed(160_003),
                Sessions.tries(30, 10),
                Sessions.of(8, random -> {
                    FuzzCall call;
                    do {
                        call = requests.next(random, SDK);
                    } while (call.mutation().contains("null "));
                    return call;
                }),
                session -> sdk(session, session.size() % 2 == 0));
    }

    private static void sdk(List<FuzzCall> session, boolean async) {
        CognitoIdentityClient client = async
                ? ClientKind.awaiting(world.fake().asyncClient())
                : world.fake().client();
        world.prepare();
        for (FuzzCall call : session) {
            List<Object> before = world.state();
            Throwable thrown = null;
            Object result = null;
            try {
                result = SdkRequests.call(client, call.operation(), call.body());
            } catch (Throwable t) {
                thrown = t;
            }
            String answer = sdkOutcome(call, result, thrown);
            boolean compared = thrown != null || READS.contains(call.operation());
            if (compared && !Objects.equals(before, world.state())) {
                STATS.offence(new Wire.Answer(400, java.util.Map.of(), new byte[0]), false, true);
                throw new AssertionError("the state changed after " + answer + " to " + call);
            }
            STATS.count(call, new Oracle.Verdict(answer, thrown != null, true), compared);
        }
    }

    private static String sdkOutcome(FuzzCall call, Object result, Throwable thrown) {
        OperationModel operation = requests.operation(call.operation());
        if (thrown == null) {
            if (result == null || call.kind() == Kind.CONSTRAINT_VIOLATED) {
                throw new AssertionError("the SDK call succeeded: " + call + " -> " + result);
            }
            return "SDK 200";
        }
        if (!(thrown instanceof AwsServiceException error)) {
            throw new AssertionError("the SDK failed on its side for " + call, thrown);
        }
        String code = error.awsErrorDetails().errorCode();
        boolean modeled = operation.errorCodes().contains(code) && !"InternalErrorException".equals(code)
                || Oracle.PROTOCOL_ERRORS.contains(code);
        if (error.statusCode() != 400 || !modeled) {
            STATS.offence(new Wire.Answer(error.statusCode(), java.util.Map.of(), new byte[0]), false, false);
            throw new AssertionError("an unmodeled error through the SDK for " + call, thrown);
        }
        boolean protocol = Oracle.PROTOCOL_ERRORS.contains(code);
        if (call.kind() == Kind.CONSTRAINT_VIOLATED ? !"ValidationException".equals(code) : protocol) {
            throw new AssertionError("the wrong refusal through the SDK for " + call, thrown);
        }
        return "SDK 400 " + code;
    }

    private static void run(List<FuzzCall> session) {
        run(session, world.fake().httpClient(), world.fake().endpoint());
    }

    private static void run(List<FuzzCall> session, SdkHttpClient http, URI endpoint) {
        world.prepare();
        for (FuzzCall call : session) {
            List<Object> before = world.state();
            Wire.Answer answer = Wire.send(http, endpoint, call.request());
            if (http != world.fake().httpClient()) {
                overTheServer++;
            }
            Oracle.Verdict verdict;
            try {
                verdict = ORACLE.check(call, answer);
            } catch (AssertionError wrong) {
                STATS.offence(
                        answer,
                        call.kind() == Kind.WRONG_CONTENT_TYPE || call.kind() == Kind.NO_CONTENT_TYPE_NOR_TARGET,
                        false);
                throw wrong;
            }
            boolean compared = verdict.error() || READS.contains(call.operation());
            if (compared) {
                List<Object> after = world.state();
                if (!before.equals(after)) {
                    STATS.offence(answer, !verdict.json(), true);
                    throw Oracle.failure(
                            "the state changed\n  before: " + before + "\n  after:  " + after, call, answer);
                }
            }
            STATS.count(call, verdict, compared);
        }
    }
}
