package io.github.cognitofake.service;

import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.Together.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.service.identities.ResolvedIdentity;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.TestPools;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesResponse;

/**
 * Many threads on one pool's identities: one login is one identity however many calls race for it, and a
 * listing under way never skips or repeats an identity.
 */
class IdentityConcurrencyTest {

    private static final TestPools.Spec POOL = TestPools.pool("app").guests().facebook("fb-app");

    private static final int THREADS = 8;

    private static final TestClock CLOCK = new TestClock(Instant.parse("2024-05-01T12:00:00Z"));

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = CognitoIdentityFakeExtension.builder()
            .options(CognitoIdentityFake.builder().clock(CLOCK).options())
            .build();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private static List<IdentityDescription> all(CognitoIdentityClient cognito, String poolId) {
        List<IdentityDescription> all = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListIdentitiesResponse page = cognito.listIdentities(
                    b -> b.identityPoolId(poolId).maxResults(60).nextToken(next));
            all.addAll(page.identities());
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    @BothClients
    void racingCallsWithOneLoginGetOneIdentity(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        List<String> answers = runTogether(THREADS, thread -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "same-user")))
                        .identityId());
            }
            return ids;
        });

        assertThat(answers).hasSize(THREADS * 10).containsOnly(answers.get(0));
        assertThat(all(cognito, poolId))
                .extracting(IdentityDescription::identityId)
                .containsExactly(answers.get(0));
    }

    @BothClients
    void racingCallsWithDifferentLoginsGetDifferentIdentities(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        List<String> answers = runTogether(THREADS, thread -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String user = "user-" + thread + "-" + i;
                ids.add(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, user)))
                        .identityId());
            }
            return ids;
        });

        assertThat(answers).hasSize(THREADS * 20).doesNotHaveDuplicates();
        assertThat(all(cognito, poolId))
                .extracting(IdentityDescription::identityId)
                .containsExactlyInAnyOrderElementsOf(answers);
    }

    @BothClients
    void pagesNeverSkipOrRepeatAnIdentityWhileOthersAreCreated(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            before.add(cognito.getId(b -> b.identityPoolId(poolId)).identityId());
        }
        AtomicBoolean listing = new AtomicBoolean(true);

        List<List<String>> listings = runTogether(THREADS, thread -> {
            List<List<String>> seen = new ArrayList<>();
            if (thread < 2) {
                for (int round = 0; round < 5; round++) {
                    List<String> ids = new ArrayList<>();
                    String token = null;
                    do {
                        String next = token;
                        ListIdentitiesResponse page = cognito.listIdentities(
                                b -> b.identityPoolId(poolId).maxResults(7).nextToken(next));
                        page.identities().forEach(identity -> ids.add(identity.identityId()));
                        token = page.nextToken();
                    } while (token != null);
                    seen.add(ids);
                }
                listing.set(false);
            } else {
                for (int i = 0; i < 200 && (listing.get() || i < 10); i++) {
                    cognito.getId(b -> b.identityPoolId(poolId));
                }
            }
            return seen;
        });

        List<String> finalOrder = all(cognito, poolId).stream()
                .map(IdentityDescription::identityId)
                .toList();
        assertThat(listings).hasSize(10);
        for (List<String> seen : listings) {
            assertThat(seen).doesNotHaveDuplicates().startsWith(before.toArray(String[]::new));
            // No skip: what a listing returned is exactly a prefix of the creation order.
            assertThat(finalOrder.subList(0, seen.size())).isEqualTo(seen);
        }
    }

    @BothClients
    void racingGuestsLinkingOneLoginEndInOneOwnerAndMergedGuests(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            guests.add(cognito.getId(b -> b.identityPoolId(poolId)).identityId());
        }

        List<ResolvedIdentity> resolved = runTogether(
                THREADS,
                thread -> List.of(EngineAccess.of(fake)
                        .service()
                        .identities()
                        .resolve(guests.get(thread), Map.of(FACEBOOK, "shared"))));

        String owner = resolved.get(0).identity().identityId();
        assertThat(resolved)
                .allSatisfy(r -> assertThat(r.identity().identityId()).isEqualTo(owner));
        assertThat(resolved)
                .filteredOn(r -> r.mergedGuestIdentityId().isEmpty())
                .hasSize(1);
        List<Identity> stored = guests.stream()
                .map(id ->
                        EngineAccess.of(fake).service().pools().findIdentity(id).orElseThrow())
                .toList();
        assertThat(stored)
                .filteredOn(Identity::isAuthenticated)
                .extracting(Identity::identityId)
                .containsExactly(owner);
        assertThat(stored).filteredOn(Identity::disabled).hasSize(THREADS - 1).noneMatch(Identity::isAuthenticated);
        assertThat(EngineAccess.of(fake).service().identities().findByLogin(poolId, FACEBOOK, "shared"))
                .map(Identity::identityId)
                .contains(owner);
    }
}
