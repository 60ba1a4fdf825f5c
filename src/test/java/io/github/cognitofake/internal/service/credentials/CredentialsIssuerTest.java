package io.github.cognitofake.internal.service.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.internal.service.common.IdSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CredentialsIssuerTest {

    private static final String POOL = "us-east-1:11111111-2222-4333-8444-555555555555";
    private static final String IDENTITY = "us-east-1:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    private static final String ROLE = "arn:aws:iam::123456789012:role/Auth";
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05.678Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void credentialsLookLikeStsCredentials() {
        NewCredentials credentials =
                new CredentialsIssuer(IdSource.random(), clock).issue(IDENTITY, POOL, ROLE, null, Map.of());

        assertThat(credentials.accessKeyId()).hasSize(20).matches("ASIA[A-Z2-7]{16}");
        assertThat(credentials.secretKey()).hasSize(40).matches("[A-Za-z0-9+/]{40}");
        assertThat(credentials.sessionToken()).startsWith("IQoJb3JpZ2luX2Vj").hasSizeGreaterThan(500);
        assertThat(Base64.getDecoder().decode(credentials.sessionToken())).isNotEmpty();
        assertThat(credentials.expiration()).isEqualTo(Instant.parse("2030-01-02T04:04:05Z"));
        assertThat(credentials.toString())
                .doesNotContain(credentials.secretKey())
                .doesNotContain(credentials.sessionToken());
    }

    @Test
    void everyIssueIsRecordedWithItsRoleAndProvider() {
        CredentialsIssuer issuer = new CredentialsIssuer(IdSource.random(), clock);

        NewCredentials guest = issuer.issue(IDENTITY, POOL, "arn:aws:iam::123456789012:role/Guest", null, Map.of());
        NewCredentials user = issuer.issue(IDENTITY, POOL, ROLE, "accounts.google.com", Map.of());

        assertThat(issuer.ledger().all())
                .containsExactly(
                        new IssuedCredentials(
                                guest.accessKeyId(),
                                IDENTITY,
                                POOL,
                                "arn:aws:iam::123456789012:role/Guest",
                                null,
                                Instant.parse("2030-01-02T03:04:05Z"),
                                guest.expiration()),
                        new IssuedCredentials(
                                user.accessKeyId(),
                                IDENTITY,
                                POOL,
                                ROLE,
                                "accounts.google.com",
                                Instant.parse("2030-01-02T03:04:05Z"),
                                user.expiration()));
        assertThat(issuer.ledger().find(user.accessKeyId()))
                .get()
                .extracting(IssuedCredentials::roleArn)
                .isEqualTo(ROLE);
        assertThat(issuer.ledger().find("ASIAUNKNOWN")).isEmpty();
    }

    @Test
    void eachIssueIsUnique() {
        CredentialsIssuer issuer = new CredentialsIssuer(IdSource.random(), clock);
        Set<String> keys = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            NewCredentials credentials = issuer.issue(IDENTITY, POOL, ROLE, null, Map.of());
            keys.add(credentials.accessKeyId());
            secrets.add(credentials.secretKey());
        }
        assertThat(keys).hasSize(1000);
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void aSeededSourceGivesTheSameCredentialsAgainAndAgainAfterReset() {
        CredentialsIssuer first = new CredentialsIssuer(IdSource.seeded(7).derived("credentials"), clock);
        CredentialsIssuer second = new CredentialsIssuer(IdSource.seeded(7).derived("credentials"), clock);
        CredentialsIssuer otherSeed = new CredentialsIssuer(IdSource.seeded(8).derived("credentials"), clock);

        NewCredentials a = first.issue(IDENTITY, POOL, ROLE, null, Map.of());
        NewCredentials b = second.issue(IDENTITY, POOL, ROLE, null, Map.of());

        assertThat(b).isEqualTo(a);
        assertThat(otherSeed.issue(IDENTITY, POOL, ROLE, null, Map.of()).accessKeyId())
                .isNotEqualTo(a.accessKeyId());

        first.reset();
        assertThat(first.ledger().all()).isEmpty();
        assertThat(first.issue(IDENTITY, POOL, ROLE, null, Map.of())).isEqualTo(a);
    }

    @Test
    void aDerivedSourceLeavesTheIdsOfItsParentAlone() {
        IdSource parent = IdSource.seeded(7);
        IdSource untouched = IdSource.seeded(7);
        new CredentialsIssuer(parent.derived("credentials"), clock).issue(IDENTITY, POOL, ROLE, null, Map.of());

        assertThat(parent.uuid()).isEqualTo(untouched.uuid());
    }

    @Test
    void concurrentIssuesAreAllRecordedOnceAndFoundByKey() throws Exception {
        CredentialsIssuer issuer = new CredentialsIssuer(IdSource.random(), Clock.systemUTC());
        int threads = 8;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String identity = "us-east-1:00000000-0000-4000-8000-00000000000" + t;
                writers.add(pool.submit(() -> {
                    start.await();
                    List<String> keys = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        keys.add(issuer.issue(identity, POOL, ROLE, null, Map.of())
                                .accessKeyId());
                    }
                    return keys;
                }));
            }
            // A reader checks, while writers write, that every listed record is found by its key.
            Future<Integer> reader = pool.submit(() -> {
                start.await();
                int checks = 0;
                while (issuer.ledger().all().size() < threads * perThread) {
                    for (IssuedCredentials record : issuer.ledger().all()) {
                        assertThat(issuer.ledger().find(record.accessKeyId())).contains(record);
                        checks++;
                    }
                }
                return checks;
            });
            start.countDown();
            Set<String> issued = new HashSet<>();
            for (Future<List<String>> writer : writers) {
                issued.addAll(writer.get(30, TimeUnit.SECONDS));
            }
            reader.get(30, TimeUnit.SECONDS);

            List<IssuedCredentials> all = issuer.ledger().all();
            assertThat(issued).hasSize(threads * perThread);
            assertThat(all).hasSize(threads * perThread);
            assertThat(all).extracting(IssuedCredentials::accessKeyId).containsExactlyInAnyOrderElementsOf(issued);
            for (int t = 0; t < threads; t++) {
                String identity = "us-east-1:00000000-0000-4000-8000-00000000000" + t;
                assertThat(all).filteredOn(c -> c.identityId().equals(identity)).hasSize(perThread);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLedgerRefusesASecondRecordOfTheSameKey() {
        CredentialsLedger ledger = new CredentialsLedger(CredentialsIssuer.DEFAULT_LEDGER_LIMIT);
        IssuedCredentials record = new IssuedCredentials("ASIAAAAAAAAAAAAAAAAA", IDENTITY, POOL, ROLE, null, NOW, NOW);

        assertThat(ledger.record(record)).isTrue();
        assertThat(ledger.record(
                        new IssuedCredentials("ASIAAAAAAAAAAAAAAAAA", IDENTITY, POOL, "other", null, NOW, NOW)))
                .isFalse();
        assertThat(ledger.all()).containsExactly(record);

        ledger.clear();
        assertThat(ledger.all()).isEmpty();
        assertThat(ledger.find(record.accessKeyId())).isEmpty();
    }
}
