package io.github.cognitofake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.internal.service.credentials.NewCredentials;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.testing.CredentialsFeed;
import io.github.cognitofake.testing.TestPools;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake's public view of the credentials it issued: listing, lookup by access key, reset, seeding. */
@CognitoIdentityFakeTest
class IssuedCredentialsTest {

    private static final String POOL = "us-east-1:11111111-2222-4333-8444-555555555555";
    private static final String IDENTITY = "us-east-1:aaaaaaaa-0000-4000-8000-000000000001";
    private static final String ROLE = "arn:aws:iam::123456789012:role/Auth";

    @Test
    void listsAndFindsWhatWasIssued(CognitoIdentityFake fake) {
        Instant before = Instant.now().minusSeconds(1);
        NewCredentials issued = CredentialsFeed.issue(fake, IDENTITY, POOL, ROLE, "accounts.google.com");

        IssuedCredentials record = fake.issuedCredentials().get(0);
        assertThat(fake.issuedCredentials()).hasSize(1);
        assertThat(record.accessKeyId()).isEqualTo(issued.accessKeyId());
        assertThat(record.identityId()).isEqualTo(IDENTITY);
        assertThat(record.identityPoolId()).isEqualTo(POOL);
        assertThat(record.roleArn()).isEqualTo(ROLE);
        assertThat(record.provider()).contains("accounts.google.com");
        assertThat(record.isGuest()).isFalse();
        assertThat(record.issuedAt()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(record.expiration())
                .isEqualTo(issued.expiration())
                .isEqualTo(record.issuedAt().plus(Duration.ofHours(1)));
        assertThat(fake.issuedCredentials(issued.accessKeyId())).contains(record);
        assertThat(fake.roleFor(issued.accessKeyId())).contains(ROLE);
        assertThat(fake.roleFor("ASIAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThatThrownBy(() -> fake.roleFor(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void resetForgetsIssuedCredentials(CognitoIdentityFake fake) {
        NewCredentials issued = CredentialsFeed.issue(fake, IDENTITY, POOL, ROLE, null);

        fake.reset();

        assertThat(fake.issuedCredentials()).isEmpty();
        assertThat(fake.roleFor(issued.accessKeyId())).isEmpty();
    }

    @Test
    void aSeededFakeIssuesTheSameCredentialsInEveryRunWithoutShiftingPoolIds() {
        try (CognitoIdentityFake first =
                        CognitoIdentityFake.builder().idSeed(42).build();
                CognitoIdentityFake second =
                        CognitoIdentityFake.builder().idSeed(42).build()) {
            NewCredentials a = CredentialsFeed.issue(first, IDENTITY, POOL, ROLE, null);
            String poolAfterCredentials = TestPools.withGuests(first.client(), "app");
            String poolWithout = TestPools.withGuests(second.client(), "app");
            NewCredentials b = CredentialsFeed.issue(second, IDENTITY, POOL, ROLE, null);

            assertThat(b.accessKeyId()).isEqualTo(a.accessKeyId());
            assertThat(b.secretKey()).isEqualTo(a.secretKey());
            assertThat(poolAfterCredentials).isEqualTo(poolWithout);

            first.reset();
            assertThat(CredentialsFeed.issue(first, IDENTITY, POOL, ROLE, null).accessKeyId())
                    .isEqualTo(a.accessKeyId());
        }
    }

    @Test
    void aRecordPrintsOnOneLineAndComparesByValue() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        IssuedCredentials guest =
                new IssuedCredentials("ASIAAAAAAAAAAAAAAAAA", IDENTITY, POOL, ROLE, null, now, now.plusSeconds(3600));

        assertThat(guest)
                .hasToString("ASIAAAAAAAAAAAAAAAAA identity " + IDENTITY + " (pool " + POOL + ") role " + ROLE
                        + " via guest access, expires 2030-01-01T01:00:00Z");
        assertThat(guest.isGuest()).isTrue();
        assertThat(guest.provider()).isEmpty();
        assertThat(guest)
                .isEqualTo(new IssuedCredentials(
                        "ASIAAAAAAAAAAAAAAAAA", IDENTITY, POOL, ROLE, null, now, now.plusSeconds(3600)))
                .hasSameHashCodeAs(new IssuedCredentials(
                        "ASIAAAAAAAAAAAAAAAAA", IDENTITY, POOL, ROLE, null, now, now.plusSeconds(3600)));
        assertThat(guest)
                .isNotEqualTo(new IssuedCredentials(
                        "ASIAAAAAAAAAAAAAAAAA", IDENTITY, POOL, ROLE, "x", now, now.plusSeconds(3600)));
    }
}
