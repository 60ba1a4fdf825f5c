package io.github.cognitofake.service;

import static io.github.cognitofake.service.DeveloperIdentitiesTest.POOL;
import static io.github.cognitofake.service.DeveloperIdentitiesTest.signIn;
import static io.github.cognitofake.service.DeveloperIdentitiesTest.users;
import static io.github.cognitofake.testing.TestProviders.DEVELOPER;
import static io.github.cognitofake.testing.Together.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Many threads on one pool's developer users: one user is one identity however many calls race for it, and the
 * developer user index and the identities agree at every moment of a merge.
 */
class DeveloperIdentityConcurrencyTest {

    private static final int THREADS = 8;

    private static final TestClock CLOCK = new TestClock(Instant.parse("2024-05-01T12:00:00Z"));

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = CognitoIdentityFakeExtension.builder()
            .options(CognitoIdentityFake.builder().clock(CLOCK).options())
            .build();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void racingSignInsOfOneDeveloperUserGetOneIdentity(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        List<String> answers = runTogether(THREADS, thread -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(signIn(cognito, poolId, "same-user").identityId());
            }
            return ids;
        });

        assertThat(answers).hasSize(THREADS * 10).containsOnly(answers.get(0));
        assertThat(cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(60))
                        .identities())
                .hasSize(1);
        assertThat(users(cognito, poolId, answers.get(0))).containsExactly("same-user");
    }

    @BothClients
    void lookupsDuringMergesAlwaysFindTheUserOnTheSourceOrTheDestination(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        int pairs = 40;
        List<String> sources = new ArrayList<>();
        List<String> destinations = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            sources.add(signIn(cognito, poolId, "source-" + i).identityId());
            destinations.add(signIn(cognito, poolId, "destination-" + i).identityId());
        }
        AtomicBoolean merging = new AtomicBoolean(true);

        List<String> violations = runTogether(THREADS, thread -> {
            List<String> found = new ArrayList<>();
            if (thread < 2) {
                for (int i = thread; i < pairs; i += 2) {
                    int pair = i;
                    String merged = cognito.mergeDeveloperIdentities(b -> b.identityPoolId(poolId)
                                    .developerProviderName(DEVELOPER)
                                    .sourceUserIdentifier("source-" + pair)
                                    .destinationUserIdentifier("destination-" + pair))
                            .identityId();
                    if (!merged.equals(destinations.get(pair))) {
                        found.add("merge " + pair + " answered " + merged);
                    }
                }
                merging.set(false);
            } else {
                for (int round = 0; round < 500 && (merging.get() || round < 5); round++) {
                    int pair = (thread * 7 + round) % pairs;
                    String owner = cognito.lookupDeveloperIdentity(
                                    b -> b.identityPoolId(poolId).developerUserIdentifier("source-" + pair))
                            .identityId();
                    if (!owner.equals(sources.get(pair)) && !owner.equals(destinations.get(pair))) {
                        found.add("source-" + pair + " on " + owner);
                    }
                    List<String> ownerUsers = users(cognito, poolId, owner);
                    // The owner may have gained the user since; it never lists a user of another pair.
                    if (!ownerUsers.stream().allMatch(u -> u.endsWith("-" + pair))) {
                        found.add(owner + " lists " + ownerUsers);
                    }
                }
            }
            return found;
        });

        assertThat(violations).isEmpty();
        for (int i = 0; i < pairs; i++) {
            assertThat(users(cognito, poolId, destinations.get(i))).containsExactly("destination-" + i, "source-" + i);
            assertThat(users(cognito, poolId, sources.get(i))).isEmpty();
        }
        assertThat(cognito.listIdentities(
                                b -> b.identityPoolId(poolId).maxResults(60).hideDisabled(true))
                        .identities())
                .extracting(i -> i.identityId())
                .containsExactlyElementsOf(destinations);
    }
}
