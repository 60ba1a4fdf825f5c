package io.github.cognitofake.docs;

// tag::quickstart-imports[]
import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.EQUALS;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
// end::quickstart-imports[]

import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.FakeLifecycle;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.junit.Strictness;
import io.github.cognitofake.seed.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/junit.md: each tagged region is shown there verbatim (see DocSnippetsTest). */
class JunitGuideTest {

    @Nested
    // tag::quickstart[]
    @CognitoIdentityFakeTest
    class RoleAuditTest {

        @Test
        void readsTheRolesOfAPool(CognitoIdentityClient client, CognitoIdentityFake fake) {
            String poolId = fake.seed(s -> s.identityPool("app", p -> p
                    .authenticatedRole("arn:aws:iam::123456789012:role/Auth")
                    .unauthenticatedRole("arn:aws:iam::123456789012:role/Guest")
                    .cognitoProvider("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123", "client1")
                    .rulesMapping("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123:client1", DENY, r -> r
                            .when("isAdmin", EQUALS, "yes").assume("arn:aws:iam::123456789012:role/Admin"))))
                .poolId("app");

            GetIdentityPoolRolesResponse roles = client.getIdentityPoolRoles(b -> b.identityPoolId(poolId));

            assertThat(roles.roles()).containsEntry("authenticated", "arn:aws:iam::123456789012:role/Auth");
        }
    }
    // end::quickstart[]

    @Nested
    // tag::fields[]
    @CognitoIdentityFakeTest(region = "eu-west-1", deterministicIds = true)
    class FieldsTest {

        @InjectCognitoIdentity
        CognitoIdentityClient client;       // assigned before each test

        @InjectCognitoIdentity
        CognitoIdentityFake fake;

        @Test
        void createsAPoolInTheFakesRegion() {
            String id = client.createIdentityPool(b -> b.identityPoolName("app")
                    .allowUnauthenticatedIdentities(false)).identityPoolId();

            assertThat(id).startsWith("eu-west-1:");
            assertThat(fake.snapshot().json()).contains(id);
        }
    }
    // end::fields[]

    @Nested
    // tag::perClass[]
    @CognitoIdentityFakeTest(lifecycle = FakeLifecycle.PER_CLASS, fixtures = "/fixtures/pools.json")
    class SharedFakeTest {

        static String adminsPool;

        @BeforeAll
        static void seedOnce(CognitoIdentityFake fake) {
            adminsPool = fake.seed(s -> s.identityPool("admins", p -> p
                    .authenticatedRole("arn:aws:iam::123456789012:role/Admin"))).poolId("admins");
        }

        @Test
        void seesTheFixtureAndTheSeed(CognitoIdentityClient client) {
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools())
                    .extracting(p -> p.identityPoolName()).containsExactly("app", "admins");
        }
    }
    // end::perClass[]

    @Nested
    // tag::programmatic[]
    class ProgrammaticTest {

        @RegisterExtension
        static final CognitoIdentityFakeExtension COGNITO = CognitoIdentityFakeExtension.builder()
                .accountId("210987654321")
                .seed(s -> s.identityPool("app", p -> p.allowUnauthenticatedIdentities(true)
                        .unauthenticatedRole("arn:aws:iam::210987654321:role/Guest")))
                .build();

        @RegisterExtension
        static final CognitoIdentityFakeExtension EUROPE = CognitoIdentityFakeExtension.builder()
                .name("eu").region("eu-west-1")
                .build();

        @Test
        void everyTestStartsSeeded(CognitoIdentityClient client,
                @InjectCognitoIdentity("eu") CognitoIdentityClient europe) {
            assertThat(client.listIdentityPools(b -> b.maxResults(10)).identityPools()).hasSize(1);
            assertThat(europe.listIdentityPools(b -> b.maxResults(10)).identityPools()).isEmpty();
        }
    }
    // end::programmatic[]

    @Nested
    // tag::options[]
    class LimitsTest {

        @RegisterExtension
        static final CognitoIdentityFakeExtension COGNITO = CognitoIdentityFakeExtension.builder()
                .options(CognitoIdentityFake.builder()
                        .journalLimit(100) // details of the latest 100 calls; counts of every call
                        .issuedCredentialsLimit(50) // the latest 50 issued credentials
                        .options())
                .strictness(Strictness.STRICT_STUBS)
                .build();

        @Test
        void everyTestGetsAFakeWithTheseOptions(CognitoIdentityFake fake) {
            assertThat(fake.options().journalLimit()).isEqualTo(100);
            assertThat(fake.options().issuedCredentialsLimit()).isEqualTo(50);
        }
    }
    // end::options[]

    @Nested
    @CognitoIdentityFakeTest
    class SnapshotTest {

        @Test
        void snapshotAndLoad(CognitoIdentityFake fake, @TempDir Path dir) {
            fake.seed(s -> s.identityPool("app", p -> p.tag("team", "auth")));
            // tag::snapshot[]
            Path file = dir.resolve("pools.json");
            fake.snapshot().writeTo(file);                 // the shape the AWS CLI prints

            try (CognitoIdentityFake copy = CognitoIdentityFake.create()) {
                copy.load(Fixture.fromPath(file));         // same pools, same ids, same roles
                assertThat(copy.snapshot().json()).isEqualTo(fake.snapshot().json());
            }
            // end::snapshot[]
        }
    }
}
