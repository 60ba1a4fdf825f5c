package io.github.cognitofake.service;

import static io.github.cognitofake.testing.TestProviders.USER_POOL_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.EQUALS;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * Many threads getting credentials for many identities at once: the ledger holds exactly one entry per
 * successful call, each for the identity and role that call was given, and refused calls leave nothing.
 */
class CredentialsConcurrencyTest {

    private static final int THREADS = 8;
    private static final int USERS = 12;
    private static final int ROUNDS = 2;
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final String GOLD = "arn:aws:iam::123456789012:role/Gold";
    private static final String SILVER = "arn:aws:iam::123456789012:role/Silver";
    private static final String DENIED =
            "The ambiguous role mapping rules for: " + USER_POOL_KEY + " denied this request.";
    private static final String[] TIERS = {"gold", "silver", "bronze"}; // bronze matches no rule: denied

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = CognitoIdentityFakeExtension.builder()
            .options(CognitoIdentityFake.builder().clock(new TestClock(NOW)).options())
            .build();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    /** What one successful call was told: its identity and the role it was given. */
    private record Granted(String identityId, String roleArn) {}

    @BothClients
    void theLedgerHasOneEntryPerSuccessfulCallWithItsRole(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = fake.seed(s -> s.identityPool(
                        "app",
                        p -> p.authenticatedRole("arn:aws:iam::123456789012:role/Auth")
                                .rulesMapping(
                                        USER_POOL_KEY,
                                        DENY,
                                        r -> r.when("custom:tier", EQUALS, "gold")
                                                .assume(GOLD)
                                                .when("custom:tier", EQUALS, "silver")
                                                .assume(SILVER))))
                .poolId("app");
        List<ProviderToken> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            users.add(Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .subject("user-" + u)
                    .issuedAt(NOW)
                    .customAttribute("tier", TIERS[u % TIERS.length])
                    .build());
        }
        Map<String, Granted> granted = new ConcurrentHashMap<>();
        Map<String, String> identityOfUser = new ConcurrentHashMap<>();
        AtomicInteger denied = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicInteger sameIdentityBroken = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < USERS * ROUNDS; i++) {
                        ProviderToken user = users.get((thread * 5 + i) % USERS); // each thread its own order
                        String identityId = cognito.getId(
                                        b -> b.identityPoolId(poolId).logins(user.asLogins()))
                                .identityId();
                        if (!identityId.equals(identityOfUser.computeIfAbsent(user.subject(), s -> identityId))) {
                            sameIdentityBroken.incrementAndGet();
                        }
                        try {
                            GetCredentialsForIdentityResponse response = cognito.getCredentialsForIdentity(
                                    b -> b.identityId(identityId).logins(user.asLogins()));
                            String expected = user.claims().get("custom:tier").equals("gold") ? GOLD : SILVER;
                            granted.put(
                                    response.credentials().accessKeyId(), new Granted(response.identityId(), expected));
                        } catch (CognitoIdentityException refused) {
                            // The only refusal: the Deny of a bronze user, who matches no rule.
                            boolean bronze = user.claims().get("custom:tier").equals("bronze");
                            if (bronze
                                    && refused.getClass() == NotAuthorizedException.class
                                    && refused.statusCode() == 400
                                    && refused.awsErrorDetails().errorCode().equals("NotAuthorizedException")
                                    && refused.awsErrorDetails().errorMessage().equals(DENIED)) {
                                denied.incrementAndGet();
                            } else {
                                unexpected.add(user.subject() + ": " + refused);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int calls = THREADS * USERS * ROUNDS;
        assertThat(unexpected)
                .as("refusals other than the Deny of a bronze user")
                .isEmpty();
        assertThat(sameIdentityBroken).as("one identity per user").hasValue(0);
        assertThat(identityOfUser).hasSize(USERS);
        assertThat(denied).as("every bronze call, and only those").hasValue(calls / TIERS.length);
        assertThat(granted).hasSize(calls - denied.get());
        List<IssuedCredentials> ledger = fake.issuedCredentials();
        assertThat(ledger).hasSize(granted.size());
        Map<String, Granted> recorded = new HashMap<>();
        ledger.forEach(c -> recorded.put(c.accessKeyId(), new Granted(c.identityId(), c.roleArn())));
        assertThat(recorded).isEqualTo(granted);
    }
}
