package io.github.cognitofake.junit;

import static io.github.cognitofake.junit.Kit.assertAllPassed;
import static io.github.cognitofake.junit.Kit.onlyFailure;
import static io.github.cognitofake.operation.Operation.CREATE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.DESCRIBE_IDENTITY_POOL;
import static io.github.cognitofake.operation.Operation.GET_IDENTITY_POOL_ROLES;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** What the extension checks after each test, at each strictness level, and where each level is set. */
class StrictnessTest {

    // --- STRICT_CALLS, the default: the fake's own refusal cannot be swallowed ---

    @Test
    void byDefaultAnUnexpectedCallFailsTheTestEvenWhenTheCodeSwallowedTheRefusal() {
        assertThat(onlyFailure(Kit.run(SwallowsTheRefusal.class)))
                .startsWith("Cognito Identity fake, strictness STRICT_CALLS, after the test:\n"
                        + "  - the strict fake received operations it did not expect: [ListIdentityPools]; it expects"
                        + " only [CreateIdentityPool].")
                .contains("The Cognito Identity fake received 1 call in this test:\n"
                        + "  #1 ListIdentityPools ListIdentityPoolsRequest(MaxResults=10) ->"
                        + " CognitoIdentityException, 1 attempt")
                .contains("attempt 1: 400 CognitoIdentityFakeUnexpectedCallException");
    }

    @Test
    void aLenientClassLeavesTheCheckToTheTest() {
        assertAllPassed(Kit.run(LenientSwallower.class), 1);
    }

    @Test
    void aTestThatMadeNoExpectationsIsNotChecked() {
        assertAllPassed(Kit.run(NeverStrict.class), 1);
    }

    @Test
    void aConfigurationParameterSetsTheRunsLevel() {
        assertAllPassed(Kit.run(SwallowsTheRefusal.class, Map.of(Strictness.CONFIGURATION_PARAMETER, "lenient")), 1);
        assertThat(onlyFailure(Kit.run(UnusedRule.class, Map.of(Strictness.CONFIGURATION_PARAMETER, "STRICT_STUBS"))))
                .startsWith("Cognito Identity fake, strictness STRICT_STUBS, after the test:\n"
                        + "  - a fault rule never fired: [DescribeIdentityPool] -> ERROR TooManyRequestsException");
    }

    @Test
    void theClassesOwnLevelWinsOverTheConfigurationParameter() {
        assertAllPassed(Kit.run(LenientSwallower.class, Map.of(Strictness.CONFIGURATION_PARAMETER, "strict_stubs")), 1);
    }

    @Test
    void aBadConfigurationParameterSaysWhichLevelsThereAre() {
        assertThat(onlyFailure(Kit.run(SwallowsTheRefusal.class, Map.of(Strictness.CONFIGURATION_PARAMETER, "strict"))))
                .isEqualTo("Configuration parameter cognitofake.strictness: 'strict' is not a strictness level; use"
                        + " one of LENIENT, WARN, STRICT_CALLS, STRICT_STUBS.");
    }

    // --- STRICT_STUBS: what a test set up and never used ---

    @Test
    void strictStubsFailsATestWhoseFaultRuleNeverFired() {
        assertThat(onlyFailure(Kit.run(UnusedRule.class, Map.of(Strictness.CONFIGURATION_PARAMETER, "strict_stubs"))))
                .contains(
                        "a fault rule never fired: [DescribeIdentityPool] -> ERROR TooManyRequestsException (HTTP 400):"
                                + " Rate exceeded, once() [seen 0, faulted 0]. Remove it, or check its operations,");
    }

    @Test
    void strictStubsFailsATestWhoseExpectedOperationWasNeverCalled() {
        assertThat(onlyFailure(Kit.run(UncalledExpectation.class)))
                .startsWith("Cognito Identity fake, strictness STRICT_STUBS, after the test:\n"
                        + "  - expected operations were never called: [DescribeIdentityPool]. Remove them from");
    }

    @Test
    void strictStubsPassesATestThatUsedEverythingItSetUpAndIgnoresTheBuildersDefaultFaults() {
        assertAllPassed(Kit.run(UsesEverything.class), 1);
    }

    @Test
    void strictStubsChecksTheRulesOfASharedFakeThatNoTestUsedWhenTheClassEnds() {
        EngineExecutionResults results = Kit.run(SharedRules.class);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(results.testEvents().failed().count())
                .as("the test that added an unused rule")
                .isEqualTo(1);
        assertThat(onlyFailure(results))
                .contains("strictness STRICT_STUBS, after the test:\n  - a fault rule never fired: [ListIdentityPools]")
                .contains("strictness STRICT_STUBS, after the class " + SharedRules.class.getName() + ":\n"
                        + "  - a fault rule never fired: [GetIdentityPoolRoles]")
                .doesNotContain(
                        "[DescribeIdentityPool] -> ERROR TooManyRequestsException (HTTP 400): Rate exceeded, always()"
                                + " [seen 0");
    }

    // --- WARN: reported, never failing ---

    @Test
    void warnReportsWhatStrictStubsWouldFailAndPasses() {
        EngineExecutionResults results = Kit.run(UnusedRule.class, Map.of(Strictness.CONFIGURATION_PARAMETER, "warn"));
        assertAllPassed(results, 1);
        assertThat(reportEntries(results))
                .singleElement()
                .asString()
                .startsWith("Cognito Identity fake, strictness WARN, after the test:\n  - a fault rule never fired:");
    }

    // --- a failed test keeps its failure ---

    @Test
    void aFailedTestKeepsItsOwnFailureAndGetsTheStrictnessProblemAndTheJournalAsNotes() {
        Throwable failure = onlyTestFailure(Kit.run(FailsAndSwallows.class));
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("pools");
        assertThat(failure.getSuppressed()).hasSize(2);
        assertThat(failure.getSuppressed()[0].getMessage())
                .isEqualTo(
                        "The Cognito Identity fake received 3 calls in this test:\n"
                                + "  #1 CreateIdentityPool CreateIdentityPoolRequest(IdentityPoolName=app,"
                                + " AllowUnauthenticatedIdentities=false) -> ok, 1 attempt ["
                                + Thread.currentThread().getName()
                                + "]\n"
                                + "  #2 ListIdentityPools ListIdentityPoolsRequest(MaxResults=10) -> CognitoIdentityException, 1"
                                + " attempt [" + Thread.currentThread().getName() + "]\n"
                                + "      attempt 1: 400 CognitoIdentityFakeUnexpectedCallException\n"
                                + "  #3 GetIdentityPoolRoles GetIdentityPoolRolesRequest(IdentityPoolId=us-east-1:"
                                + "00000000-0000-0000-0000-000000000000) -> ResourceNotFoundException, 1 attempt ["
                                + Thread.currentThread().getName() + "]\n"
                                + "      attempt 1: 400 ResourceNotFoundException\n"
                                + "Strict: expects only [CreateIdentityPool, GetIdentityPoolRoles]; refused [ListIdentityPools]");
        assertThat(failure.getSuppressed()[1].getMessage())
                .startsWith("Cognito Identity fake, strictness STRICT_CALLS, after the test:\n"
                        + "  - the strict fake received operations it did not expect: [ListIdentityPools]");
    }

    @Test
    void aSkippedTestIsNotChecked() {
        EngineExecutionResults results = Kit.run(Skipped.class);
        assertThat(results.testEvents().aborted().count()).isEqualTo(1);
        assertThat(results.allEvents().failed().count()).isZero();
        assertThat(reportEntries(results)).isEmpty();
    }

    // --- the journal report ---

    @Test
    void aFailedTestGetsTheCallsAttemptsAndFaultsOfItsFakeAsANoteAndAReportEntry() {
        EngineExecutionResults results = Kit.run(FailsAfterAFault.class);
        Throwable failure = onlyTestFailure(results);
        assertThat(failure.getSuppressed()).singleElement().satisfies(note -> {
            assertThat(note.getStackTrace()).isEmpty();
            assertThat(note.getMessage())
                    .startsWith("The Cognito Identity fake received 1 call in this test:\n"
                            + "  #1 ListIdentityPools ListIdentityPoolsRequest(MaxResults=10) -> ok, 3 attempts")
                    .contains("\n      attempt 1: 400 TooManyRequestsException (fault: [")
                    .contains("\n      attempt 3: 200\n")
                    .endsWith("Fault rules:\n  [ListIdentityPools] -> ERROR TooManyRequestsException (HTTP 400): Rate"
                            + " exceeded, times(2) [seen 3, faulted 2]");
        });
        assertThat(reportEntries(results)).containsExactly(failure.getSuppressed()[0].getMessage());
    }

    @Test
    void aFailedTestWithoutCallsSaysSo() {
        Throwable failure = onlyTestFailure(Kit.run(FailsWithoutCalls.class));
        assertThat(failure.getSuppressed())
                .extracting(Throwable::getMessage)
                .containsExactly("The Cognito Identity fake received no calls in this test.");
    }

    @Test
    void theJournalReportIsTurnedOffByTheBuilderOrForTheRun() {
        Throwable off = onlyTestFailure(Kit.run(ReportOff.class));
        assertThat(off.getSuppressed()).isEmpty();
        EngineExecutionResults results =
                Kit.run(FailsAfterAFault.class, Map.of(CognitoIdentityFakeExtension.JOURNAL_REPORT_PARAMETER, "false"));
        assertThat(onlyTestFailure(results).getSuppressed()).isEmpty();
        assertThat(reportEntries(results)).isEmpty();
    }

    @Test
    void aPassingTestPublishesNothing() {
        EngineExecutionResults results = Kit.run(NeverStrict.class);
        assertThat(reportEntries(results)).isEmpty();
    }

    private static Throwable onlyTestFailure(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .orElseThrow())
                .reduce((a, b) -> {
                    throw new AssertionError("more than one failure: " + a + ", " + b);
                })
                .orElseThrow(() -> new AssertionError("no test failed"));
    }

    private static List<String> reportEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow())
                .map(entry -> entry.getKeyValuePairs().get(CognitoIdentityFakeExtension.REPORT_ENTRY_KEY))
                .toList();
    }

    private static void swallow(Runnable call) {
        catchThrowable(call::run);
    }

    private static String createPool(CognitoIdentityClient client) {
        return client.createIdentityPool(b -> b.identityPoolName("app").allowUnauthenticatedIdentities(false))
                .identityPoolId();
    }

    @CognitoIdentityFakeTest
    static class SwallowsTheRefusal {
        @Test
        void swallows(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.expect(CREATE_IDENTITY_POOL);
            swallow(() -> client.listIdentityPools(b -> b.maxResults(10)));
        }
    }

    @CognitoIdentityFakeTest(strictness = Strictness.LENIENT)
    static class LenientSwallower {
        @Test
        void swallows(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.expect(CREATE_IDENTITY_POOL);
            fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().once();
            swallow(() -> client.listIdentityPools(b -> b.maxResults(10)));
        }
    }

    @CognitoIdentityFakeTest
    static class NeverStrict {
        @Test
        void callsAnything(CognitoIdentityClient client) {
            client.listIdentityPools(b -> b.maxResults(10));
        }
    }

    @CognitoIdentityFakeTest
    static class UnusedRule {
        @Test
        void setsARuleItNeverMeets(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().once();
            client.listIdentityPools(b -> b.maxResults(10));
        }
    }

    @CognitoIdentityFakeTest(strictness = Strictness.STRICT_STUBS)
    static class UncalledExpectation {
        @Test
        void expectsMore(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.expect(CREATE_IDENTITY_POOL, DESCRIBE_IDENTITY_POOL);
            createPool(client);
        }
    }

    static class UsesEverything {
        @RegisterExtension
        static final CognitoIdentityFakeExtension COGNITO = CognitoIdentityFakeExtension.builder()
                .strictness(Strictness.STRICT_STUBS)
                .faults(f -> f.on(DESCRIBE_IDENTITY_POOL).internalError().once()) // a default: never checked
                .build();

        @BeforeEach
        void expect(CognitoIdentityFake fake) {
            fake.expect(CREATE_IDENTITY_POOL, GET_IDENTITY_POOL_ROLES);
        }

        @Test
        void usesItsRuleAndExpectations(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().once();
            String id = createPool(client);
            client.getIdentityPoolRoles(b -> b.identityPoolId(id));
        }
    }

    @CognitoIdentityFakeTest(lifecycle = FakeLifecycle.PER_CLASS, strictness = Strictness.STRICT_STUBS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SharedRules {
        @BeforeAll
        static void rules(CognitoIdentityFake fake) {
            fake.faults().on(DESCRIBE_IDENTITY_POOL).throttle().always(); // used by the first test
            fake.faults().on(GET_IDENTITY_POOL_ROLES).throttle().always(); // used by no test
        }

        @Test
        @Order(1)
        void usesOneClassRule(CognitoIdentityClient client) {
            swallow(() -> client.describeIdentityPool(
                    b -> b.identityPoolId("us-east-1:" + "0".repeat(8) + "-0000-0000-0000-" + "0".repeat(12))));
        }

        @Test
        @Order(2)
        void addsARuleItNeverMeets(CognitoIdentityFake fake) {
            fake.faults().on(LIST_IDENTITY_POOLS).throttle().once();
        }
    }

    @CognitoIdentityFakeTest
    static class FailsAndSwallows {
        @Test
        void fails(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.expect(CREATE_IDENTITY_POOL, GET_IDENTITY_POOL_ROLES);
            createPool(client);
            swallow(() -> client.listIdentityPools(b -> b.maxResults(10)));
            swallow(() -> client.getIdentityPoolRoles(
                    b -> b.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")));
            assertThat(List.of()).as("pools").hasSize(1);
        }
    }

    @CognitoIdentityFakeTest
    static class Skipped {
        @Test
        void skips(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.expect(CREATE_IDENTITY_POOL);
            swallow(() -> client.listIdentityPools(b -> b.maxResults(10)));
            Assumptions.assumeTrue(false, "not today");
        }
    }

    @CognitoIdentityFakeTest
    static class FailsAfterAFault {
        @Test
        void fails(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.faults().on(LIST_IDENTITY_POOLS).throttle().times(2);
            client.listIdentityPools(b -> b.maxResults(10));
            assertThat(1).isEqualTo(2);
        }
    }

    @CognitoIdentityFakeTest
    static class FailsWithoutCalls {
        @Test
        void fails(CognitoIdentityFake fake) {
            assertThat(1).isEqualTo(2);
        }
    }

    static class ReportOff {
        @RegisterExtension
        static final CognitoIdentityFakeExtension COGNITO =
                CognitoIdentityFakeExtension.builder().journalReport(false).build();

        @Test
        void fails(CognitoIdentityClient client) {
            client.listIdentityPools(b -> b.maxResults(10));
            assertThat(1).isEqualTo(2);
        }
    }
}
