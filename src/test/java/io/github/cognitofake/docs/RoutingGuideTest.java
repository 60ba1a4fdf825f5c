package io.github.cognitofake.docs;

import static io.github.cognitofake.operation.Operation.LIST_IDENTITY_POOLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.SdkSupport;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.RouteSdkClientsToFake;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineTestKit;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;

/** The examples of docs/junit.md, "Production code that builds its own client". */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class RoutingGuideTest {

    @Test
    void theExampleRuns() {
        String before = System.getProperty("software.amazon.awssdk.http.service.impl");
        // This project's tests have two HTTP clients on the class path; a production class path has one.
        System.setProperty("software.amazon.awssdk.http.service.impl",
                "software.amazon.awssdk.http.urlconnection.UrlConnectionSdkHttpService");
        try {
            var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(RoleAuditTest.class)).execute();
            if (SdkSupport.atLeastVersion("2.28.1")) {
                results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
            } else {
                results.containerEvents().assertStatistics(stats -> stats.failed(1));
            }
        } finally {
            if (before == null) {
                System.clearProperty("software.amazon.awssdk.http.service.impl");
            } else {
                System.setProperty("software.amazon.awssdk.http.service.impl", before);
            }
        }
    }

    // tag::production[]
    /** Production code: it builds its own client and offers no seam. */
    static class RoleAudit {
        private final CognitoIdentityClient cognito = CognitoIdentityClient.builder().build();

        List<String> poolNames() {
            return cognito.listIdentityPools(b -> b.maxResults(60)).identityPools().stream()
                    .map(IdentityPoolShortDescription::identityPoolName)
                    .collect(Collectors.toList());
        }
    }

    @CognitoIdentityFakeTest
    @RouteSdkClientsToFake
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    static class RoleAuditTest {

        private final RoleAudit audit = new RoleAudit(); // its client reaches this test's fake

        @Test
        void listsThePools(CognitoIdentityFake fake) {
            fake.seed(s -> s.identityPool("app", p -> p.allowUnauthenticatedIdentities(true)));

            assertThat(audit.poolNames()).containsExactly("app");
            assertThat(fake.journal().calls(LIST_IDENTITY_POOLS)).hasSize(1);
        }
    }
    // end::production[]
}
