package io.github.cognitofake.junit;

import static io.github.cognitofake.junit.Kit.assertAllPassed;
import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.SdkSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

/**
 * {@link RouteSdkClientsToFake}: production code that builds its own client reaches the test's fake, and never
 * AWS. Runs on every SDK line of the build (pom.xml): below SDK 2.28.1 the routing must refuse.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class RouteSdkClientsTest {

    private static final boolean ROUTABLE = SdkSupport.atLeastVersion(SdkClientRouting.MINIMUM_SDK);

    private final Map<String, String> before = new HashMap<>();

    /** Production code: builds its own client, as most code does, with no seam for a test. */
    static final class RoleAudit {
        private final CognitoIdentityClient client =
                CognitoIdentityClient.builder().build();

        List<String> poolNames() {
            return client.listIdentityPools(b -> b.maxResults(10)).identityPools().stream()
                    .map(IdentityPoolShortDescription::identityPoolName)
                    .collect(Collectors.toList());
        }
    }

    @BeforeEach
    void pickOneHttpClient() {
        remember("software.amazon.awssdk.http.service.impl", SdkClientRouting.ENDPOINT, "aws.region");
        // The test class path holds two HTTP clients; production code has one. The SDK must be told which to use.
        System.setProperty(
                "software.amazon.awssdk.http.service.impl",
                "software.amazon.awssdk.http.urlconnection.UrlConnectionSdkHttpService");
    }

    @AfterEach
    void restore() {
        before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        assertThat(System.getProperty(SdkClientRouting.ENDPOINT))
                .as("restored")
                .isEqualTo(before.get(SdkClientRouting.ENDPOINT));
    }

    @Test
    void clientsBuiltByProductionCodeReachTheTestsFake() {
        EngineExecutionResults results = Kit.run(Routed.class);
        if (ROUTABLE) {
            assertAllPassed(results, 2);
        } else {
            assertThat(Kit.onlyFailure(results))
                    .contains("needs AWS SDK for Java v2 >= 2.28.1; found " + SdkSupport.version())
                    .contains("Older SDKs ignore the endpoint system property and would send requests to AWS.");
        }
    }

    @Test
    void aPerClassInstanceShareOneFake() {
        EngineExecutionResults results = Kit.run(RoutedPerClass.class);
        if (ROUTABLE) {
            assertAllPassed(results, 2);
        }
    }

    @Test
    void aClientBuiltOutsideATestReachesNoFakeAndSaysWhy() {
        if (ROUTABLE) {
            assertAllPassed(Kit.run(BuiltInBeforeAll.class), 1);
        }
    }

    @Test
    void withoutTheSystemPropertiesLockRoutingIsRefused() {
        assertThat(Kit.onlyFailure(Kit.run(Unlocked.class)))
                .isEqualTo("@RouteSdkClientsToFake on " + Unlocked.class.getName() + ": routing changes system"
                        + " properties of the whole JVM; add @ResourceLock(Resources.SYSTEM_PROPERTIES) to the class,"
                        + " so that no test that uses them runs beside it.");
    }

    @Test
    void ignoredConfiguredEndpointsAreRefused() {
        remember(SdkClientRouting.IGNORE_ENDPOINTS);
        System.setProperty(SdkClientRouting.IGNORE_ENDPOINTS, "true");
        String failure = Kit.onlyFailure(Kit.run(Routed.class));
        if (ROUTABLE) {
            assertThat(failure)
                    .isEqualTo("@RouteSdkClientsToFake on " + Routed.class.getName() + ": The system property"
                            + " aws.ignoreConfiguredEndpointUrls (\"true\") is set, so the SDK ignores the endpoint"
                            + " system property and would send requests to AWS. Unset it for these tests.");
        } else {
            assertThat(failure).contains("needs AWS SDK for Java v2 >= 2.28.1");
        }
    }

    private void remember(String... properties) {
        for (String property : properties) {
            before.putIfAbsent(property, System.getProperty(property));
        }
    }

    @CognitoIdentityFakeTest
    @RouteSdkClientsToFake
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    static class Routed {

        private final RoleAudit builtWithTheInstance = new RoleAudit();
        private RoleAudit builtBeforeEach;

        @BeforeEach
        void build() {
            builtBeforeEach = new RoleAudit();
        }

        @Test
        void reachesTheFake(CognitoIdentityFake fake) {
            fake.seed(s -> s.identityPool("app", p -> p.allowUnauthenticatedIdentities(true)));

            assertThat(builtWithTheInstance.poolNames()).containsExactly("app");
            assertThat(builtBeforeEach.poolNames()).containsExactly("app");
            assertThat(new RoleAudit().poolNames()).containsExactly("app");
            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS)).hasSize(3);
        }

        @Test
        void eachTestItsOwnFake(CognitoIdentityFake fake) {
            assertThat(builtWithTheInstance.poolNames()).isEmpty();
            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS)).hasSize(1);
        }
    }

    @CognitoIdentityFakeTest
    @RouteSdkClientsToFake
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class RoutedPerClass {

        private final RoleAudit builtWithTheInstance = new RoleAudit();

        @Test
        void one(CognitoIdentityFake fake) {
            builtWithTheInstance.poolNames();
            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS)).isNotEmpty();
        }

        @Test
        void two(CognitoIdentityFake fake) {
            builtWithTheInstance.poolNames();
            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS)).isNotEmpty();
        }
    }

    @CognitoIdentityFakeTest
    @RouteSdkClientsToFake
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    static class BuiltInBeforeAll {

        static RoleAudit builtOnce;

        @BeforeAll
        static void build() {
            builtOnce = new RoleAudit();
        }

        @Test
        void isRefused() {
            assertThatThrownBy(builtOnce::poolNames)
                    .isInstanceOf(CognitoIdentityException.class)
                    .hasMessageStartingWith("cognito-identity-fake: this Cognito Identity client reaches no fake."
                            + " @RouteSdkClientsToFake on BuiltInBeforeAll points clients at the fake of the running"
                            + " test; this one was built outside a test");
        }
    }

    @CognitoIdentityFakeTest
    @RouteSdkClientsToFake
    static class Unlocked {
        @Test
        void neverRuns() {}
    }
}
