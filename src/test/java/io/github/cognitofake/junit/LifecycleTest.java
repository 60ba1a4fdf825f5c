package io.github.cognitofake.junit;

import static io.github.cognitofake.junit.Kit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.operation.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** How long fakes live, what they start with, and who sees them: @Nested, parallel runs, reuse. */
class LifecycleTest {

    static final List<CognitoIdentityFake> seen = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyTestStartsWithAnEmptyFakeAndFakesAreReusedOnlyOnceReset() {
        seen.clear();
        assertAllPassed(Kit.run(FreshPerTest.class), 2);
        // The second test got the first test's fake back, reset: clients are built once per fake, not per test.
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
        assertThat(seen.get(0).isClosed()).as("closed when the run ends").isTrue();
    }

    @Test
    void aRecycledFakeNumbersTheCallsOfEveryTestFromOne() {
        seen.clear();
        assertAllPassed(Kit.run(NumberedPerTest.class), 2);
        assertThat(seen.get(1))
                .as("the second test got the first test's fake back")
                .isSameAs(seen.get(0));
    }

    @Test
    void aPerClassFakeIsSharedByTheClassAndItsNestedClassesWithoutAnnotation() {
        seen.clear();
        assertAllPassed(Kit.run(PerClass.class), 3);
        assertThat(seen).hasSize(3).containsOnly(seen.get(0));
    }

    @Test
    void aNestedClassWithItsOwnAnnotationHasItsOwnSettingsAndFakes() {
        assertAllPassed(Kit.run(OwnNestedSettings.class), 2);
    }

    @Test
    void aNestedClassOfAPerTestClassGetsAFreshFakePerTest() {
        seen.clear();
        assertAllPassed(Kit.run(PerTestOuter.class), 2);
        assertThat(seen).hasSize(2);
    }

    @Test
    void fixturesSeedsAndDefaultFaultsArePreparedBeforeEveryTest() {
        assertAllPassed(Kit.run(Prepared.class), 2);
    }

    @Test
    void deterministicIdsAreTheSameInEveryTest() {
        seen.clear();
        assertAllPassed(Kit.run(Deterministic.class), 2);
    }

    @Test
    void aFakeTheTestClosedIsNotHandedOutAgain() {
        seen.clear();
        assertAllPassed(Kit.run(ClosesItsFake.class), 2);
        assertThat(seen.get(1)).isNotSameAs(seen.get(0));
    }

    @Test
    void parallelTestsNeverSeeEachOthersPools() {
        assertAllPassed(
                Kit.run(
                        Parallel.class,
                        Map.of(
                                "junit.jupiter.execution.parallel.enabled", "true",
                                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                                "junit.jupiter.execution.parallel.config.fixed.parallelism",
                                        String.valueOf(Parallel.TESTS))),
                Parallel.TESTS);
    }

    @CognitoIdentityFakeTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FreshPerTest {
        @Test
        @Order(1)
        void seeds(CognitoIdentityFake fake) {
            seen.add(fake);
            fake.seed(s -> s.identityPool("first", p -> {}));
            fake.faults().onAnyOperation().throttle().times(1);
        }

        @Test
        @Order(2)
        void seesNothingOfTheFirstTest(CognitoIdentityFake fake, CognitoIdentityClient client) {
            seen.add(fake);
            assertThat(fake.faults().rules()).isEmpty();
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .isEmpty();
        }
    }

    @CognitoIdentityFakeTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class NumberedPerTest {
        @Test
        @Order(1)
        void callsThreeTimes(CognitoIdentityFake fake, CognitoIdentityClient client) {
            seen.add(fake);
            for (int i = 0; i < 3; i++) {
                client.listIdentityPools(b -> b.maxResults(10));
            }
            assertThat(fake.journal().calls().get(2).toString()).startsWith("#3 ListIdentityPools");
        }

        @Test
        @Order(2)
        void firstCallIsNumberOne(CognitoIdentityFake fake, CognitoIdentityClient client) {
            seen.add(fake);
            client.listIdentityPools(b -> b.maxResults(10));
            assertThat(fake.journal().calls()).singleElement().satisfies(call -> {
                assertThat(call.sequence()).isEqualTo(1);
                assertThat(call.toString()).startsWith("#1 ListIdentityPools");
            });
        }
    }

    @CognitoIdentityFakeTest(lifecycle = FakeLifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {
        @Test
        @Order(1)
        void seeds(CognitoIdentityFake fake) {
            seen.add(fake);
            fake.seed(s -> s.identityPool("shared", p -> {}));
        }

        @Test
        @Order(2)
        void seesTheSeed(CognitoIdentityFake fake) {
            seen.add(fake);
            assertThat(fake.snapshot().json()).contains("\"shared\"");
        }

        @Nested
        class Inner {
            @Test
            void seesTheSeedToo(CognitoIdentityFake fake) {
                seen.add(fake);
                assertThat(fake.snapshot().json()).contains("\"shared\"");
            }
        }
    }

    @CognitoIdentityFakeTest(lifecycle = FakeLifecycle.PER_CLASS)
    static class OwnNestedSettings {
        @Test
        void outer(CognitoIdentityFake fake) {
            assertThat(fake.region().id()).isEqualTo("us-east-1");
        }

        @Nested
        @CognitoIdentityFakeTest(region = "eu-west-1")
        class InEurope {
            @Test
            void inner(CognitoIdentityFake fake) {
                assertThat(fake.region().id()).isEqualTo("eu-west-1");
            }
        }
    }

    @CognitoIdentityFakeTest
    static class PerTestOuter {
        @Test
        void outer(CognitoIdentityFake fake) {
            seen.add(fake);
            fake.seed(s -> s.identityPool("outer", p -> {}));
        }

        @Nested
        class Inner {
            @Test
            void inner(CognitoIdentityFake fake) {
                seen.add(fake);
                assertThat(fake.snapshot().json()).isEqualTo("[ ]");
            }
        }
    }

    static class Prepared {
        @RegisterExtension
        static final CognitoIdentityFakeExtension COGNITO = CognitoIdentityFakeExtension.builder()
                .fixtureResource("/io/github/cognitofake/seed/cli-output.json")
                .seed(s -> s.identityPool("seeded", p -> {}))
                .faults(f -> f.on(Operation.DELETE_IDENTITY_POOL).throttle())
                .build();

        @Test
        void hasTheFixtureTheSeedAndTheFaults(CognitoIdentityFake fake, CognitoIdentityClient client) {
            fake.seed(s -> s.identityPool("mine", p -> {}));
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .extracting(p -> p.identityPoolName())
                    .containsExactly("app", "seeded", "mine");
            assertThat(fake.faults().rules()).hasSize(1);
        }

        @Test
        void againInTheNextTest(CognitoIdentityClient client) {
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .extracting(p -> p.identityPoolName())
                    .containsExactly("app", "seeded");
        }
    }

    @CognitoIdentityFakeTest(deterministicIds = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Deterministic {
        static String firstId;

        @Test
        @Order(1)
        void first(CognitoIdentityFake fake) {
            firstId = fake.seed(s -> s.identityPool("app", p -> {})).poolId("app");
        }

        @Test
        @Order(2)
        void second(CognitoIdentityFake fake) {
            assertThat(fake.seed(s -> s.identityPool("app", p -> {})).poolId("app"))
                    .isEqualTo(firstId);
        }
    }

    @CognitoIdentityFakeTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ClosesItsFake {
        @Test
        @Order(1)
        void closes(CognitoIdentityFake fake) {
            seen.add(fake);
            fake.close();
        }

        @Test
        @Order(2)
        void getsAnOpenOne(CognitoIdentityFake fake) {
            seen.add(fake);
            assertThat(fake.isClosed()).isFalse();
        }
    }

    @CognitoIdentityFakeTest
    @Execution(ExecutionMode.CONCURRENT)
    static class Parallel {
        static final int TESTS = 4;
        // Every test waits here after seeding, so all of them hold their fakes at the same time.
        static final CyclicBarrier allSeeded = new CyclicBarrier(TESTS);

        @Test
        void a(CognitoIdentityFake fake, CognitoIdentityClient client) throws Exception {
            seedWaitAndList("a", fake, client);
        }

        @Test
        void b(CognitoIdentityFake fake, CognitoIdentityClient client) throws Exception {
            seedWaitAndList("b", fake, client);
        }

        @Test
        void c(CognitoIdentityFake fake, CognitoIdentityClient client) throws Exception {
            seedWaitAndList("c", fake, client);
        }

        @Test
        void d(CognitoIdentityFake fake, CognitoIdentityClient client) throws Exception {
            seedWaitAndList("d", fake, client);
        }

        private static void seedWaitAndList(String name, CognitoIdentityFake fake, CognitoIdentityClient client)
                throws Exception {
            fake.seed(s -> s.identityPool(name, p -> {}));
            allSeeded.await(30, TimeUnit.SECONDS);
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .extracting(p -> p.identityPoolName())
                    .containsExactly(name);
        }
    }
}
