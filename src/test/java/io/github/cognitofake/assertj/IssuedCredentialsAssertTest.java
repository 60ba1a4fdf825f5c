package io.github.cognitofake.assertj;

import static io.github.cognitofake.assertj.CognitoIdentityFakeAssertions.assertThat;
import static io.github.cognitofake.testing.TestProviders.ADMIN;
import static io.github.cognitofake.testing.TestProviders.AUTH;
import static io.github.cognitofake.testing.TestProviders.GUEST;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.CredentialsFeed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every credentials assertion, passing and failing, with the failure message it gives. */
class IssuedCredentialsAssertTest {

    private static final String POOL = "us-east-1:11111111-2222-4333-8444-555555555555";
    private static final String OTHER_POOL = "us-east-1:99999999-2222-4333-8444-555555555555";
    private static final String ALICE = "us-east-1:aaaaaaaa-0000-4000-8000-000000000001";
    private static final String BOB = "us-east-1:bbbbbbbb-0000-4000-8000-000000000002";
    private static final String GUEST_ID = "us-east-1:cccccccc-0000-4000-8000-000000000003";

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION =
            CognitoIdentityFakeExtension.builder().idSeed(1).build();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private List<IssuedCredentials> issued;

    @BeforeEach
    void issue() {
        CredentialsFeed.issue(fake, ALICE, POOL, AUTH, USER_POOL);
        CredentialsFeed.issue(fake, ALICE, POOL, ADMIN, USER_POOL);
        CredentialsFeed.issue(fake, BOB, OTHER_POOL, AUTH, "accounts.google.com");
        CredentialsFeed.issue(fake, GUEST_ID, POOL, GUEST, null);
        issued = fake.issuedCredentials();
    }

    private String line(int nth) {
        return "\n  " + issued.get(nth - 1);
    }

    @Test
    void narrowingPasses() {
        assertThat(fake).issuedCredentials().times(4);
        assertThat(fake).issuedCredentialsFor(ALICE).times(2).withRole(ADMIN).once();
        assertThat(fake)
                .issuedCredentials()
                .forPool(POOL)
                .times(3)
                .forGuests()
                .singleElement()
                .isGuest()
                .hasRole(GUEST);
        assertThat(fake)
                .issuedCredentials()
                .fromProvider("accounts.google.com")
                .singleElement()
                .isForIdentity(BOB)
                .isInPool(OTHER_POOL)
                .hasProvider("accounts.google.com")
                .hasRole(AUTH)
                .hasAccessKeyId(issued.get(2).accessKeyId())
                .expiresAt(issued.get(2).expiration());
        CognitoIdentityFakeAssertions.assertThat(fake)
                .issuedCredentialsFor(BOB)
                .allWithRole(AUTH)
                .noneWithRole(ADMIN);
    }

    @Test
    void narrowingToNothingFailsWithTheClosestCredentialsFirst() {
        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor(BOB).withRole(ADMIN))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected credentials issued for identity " + BOB + " with role " + ADMIN
                        + ", but there were none.\nCredentials issued (closest first):"
                        + line(2) + line(3) + line(1) + line(4));
    }

    @Test
    void countsFail() {
        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor(ALICE).once())
                .hasMessage("Expected credentials issued for identity " + ALICE
                        + " exactly 1 time, but they were issued" + " 2 times.\nCredentials issued (closest first):"
                        + line(1) + line(2) + line(3) + line(4));
        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor(ALICE).singleElement())
                .hasMessageStartingWith("Expected credentials issued for identity " + ALICE + " exactly 1 time");
        assertThatThrownBy(() -> assertThat(fake).issuedCredentials().times(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allWithRoleAndNoneWithRoleFail() {
        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor(ALICE).allWithRole(AUTH))
                .hasMessage("Expected every one of the credentials issued for identity " + ALICE + " to be for role "
                        + AUTH + ", but 1 was not.\nCredentials issued (closest first):" + line(2) + line(1) + line(4)
                        + line(3));
        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor(ALICE).noneWithRole(ADMIN))
                .hasMessage("Expected none of the credentials issued for identity " + ALICE + " to be for role "
                        + ADMIN + ", but 1 was.\nCredentials issued (closest first):" + line(2) + line(1) + line(3)
                        + line(4));
    }

    @Test
    void pickingOneCredential() {
        assertThat(fake).issuedCredentialsFor(ALICE).last().hasRole(ADMIN);
        assertThat(fake).issuedCredentialsFor(ALICE).element(1).hasRole(AUTH);
        assertThat(issued.get(3)).isGuest();

        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor(ALICE).element(3))
                .hasMessageStartingWith("Expected a credential #3 of the credentials issued for identity " + ALICE
                        + ", but there were 2.");
        assertThatThrownBy(() -> assertThat(fake).issuedCredentials().element(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element(nth) counts from 1; got 0.");
    }

    @Test
    void oneCredentialFails() {
        IssuedCredentials alice = issued.get(0);
        assertThatThrownBy(() -> assertThat(alice).hasRole(ADMIN))
                .hasMessage("Expected the credentials " + alice + " to be for role " + ADMIN
                        + ", but they are for role " + AUTH + ".");
        assertThatThrownBy(() -> assertThat(alice).isGuest())
                .hasMessage("Expected the credentials " + alice
                        + " to be issued to a guest, but they came from provider " + USER_POOL + ".");
        assertThatThrownBy(() -> assertThat(issued.get(3)).hasProvider(USER_POOL))
                .hasMessage("Expected the credentials " + issued.get(3) + " to come from provider " + USER_POOL
                        + ", but they came from guest access.");
        assertThatThrownBy(() -> assertThat(alice).isForIdentity(BOB))
                .hasMessage("Expected the credentials " + alice + " to be for identity " + BOB
                        + ", but they are for identity " + ALICE + ".");
        assertThatThrownBy(() -> assertThat(alice).isInPool(OTHER_POOL))
                .hasMessageContaining("to be in pool " + OTHER_POOL);
        assertThatThrownBy(() -> assertThat(alice).hasAccessKeyId("ASIAX"))
                .hasMessageContaining("to have access key id ASIAX");
        assertThatThrownBy(() -> assertThat(alice).expiresAt(alice.issuedAt()))
                .hasMessageContaining(
                        "to expire at " + alice.issuedAt() + ", but they expire at " + alice.expiration());
    }

    @Test
    void issuedNoCredentials() {
        assertThatThrownBy(() -> assertThat(fake).issuedNoCredentials())
                .hasMessage("Expected no credentials to be issued, but 4 were.\nCredentials issued:" + line(1) + line(2)
                        + line(3) + line(4));

        fake.reset();

        assertThat(fake).issuedNoCredentials();
        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor(ALICE))
                .hasMessage("Expected credentials issued for identity " + ALICE
                        + ", but there were none.\nCredentials issued: none.");
    }

    @Test
    void aFailureMessageKeepsPercentSigns() {
        assertThatThrownBy(() -> assertThat(fake).issuedCredentialsFor("us-east-1:%d"))
                .hasMessageStartingWith("Expected credentials issued for identity us-east-1:%d, but there were none.");
    }

    @Test
    void sessionTagAssertionsPassAndFailWithTheTagsCarried() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        IssuedCredentials tagged = new IssuedCredentials(
                "ASIAAAAAAAAAAAAAAAAA",
                ALICE,
                POOL,
                AUTH,
                USER_POOL,
                now,
                now.plusSeconds(3600),
                Map.of("tier", "gold"));

        assertThat(tagged).hasSessionTags(Map.of("tier", "gold")).hasSessionTag("tier", "gold");
        assertThat(issued.get(0)).hasSessionTags(Map.of());
        assertThatThrownBy(() -> assertThat(tagged).hasSessionTags(Map.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the credentials " + tagged + " to carry the session tags {}, but they carry "
                        + "{tier=gold}.");
        assertThatThrownBy(() -> assertThat(tagged).hasSessionTag("tier", "silver"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the credentials " + tagged + " to carry the session tag tier=silver, but they "
                        + "carry {tier=gold}.");
        Assertions.assertThat(tagged.toString()).endsWith(", session tags {tier=gold}");
    }
}
