package io.github.cognitofake.service;

import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static io.github.cognitofake.testing.TestTokens.idToken;
import static io.github.cognitofake.testing.Together.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * GetId, UnlinkIdentity and DeleteIdentities racing on the same few users: whatever the interleaving, the
 * login index and the identities agree (a login leads to an identity that exists and has that login, and an
 * identity's logins lead back to it), and no call fails other than the way the rules allow.
 */
class UnlinkAndDeleteConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 30;
    private static final int USERS = 3;
    private static final int BYSTANDERS = 2;
    private static final int PAGE_SIZE = 4;

    /** A refusal as the SDK reports it: exception class, HTTP status, error code and message. */
    private record Refusal(Class<?> type, int status, String code, String message) {

        static Refusal of(CognitoIdentityException error) {
            return new Refusal(
                    error.getClass(),
                    error.statusCode(),
                    error.awsErrorDetails().errorCode(),
                    error.awsErrorDetails().errorMessage());
        }
    }

    /**
     * The refusals a call for {@code identityId} may meet when other threads got there first: the identity was
     * deleted, disabled (its last login unlinked), its login was unlinked, or that login now belongs to another
     * identity.
     */
    private static Set<Refusal> raceRefusals(String identityId) {
        return Set.of(
                new Refusal(
                        ResourceNotFoundException.class,
                        400,
                        "ResourceNotFoundException",
                        "Identity '" + identityId + "' not found."),
                new Refusal(
                        NotAuthorizedException.class,
                        400,
                        "NotAuthorizedException",
                        "Access to Identity '" + identityId + "' is forbidden."),
                new Refusal(
                        NotAuthorizedException.class,
                        400,
                        "NotAuthorizedException",
                        "Logins don't match. Please include at least one valid login for this identity or identity pool."),
                new Refusal(
                        ResourceConflictException.class,
                        400,
                        "ResourceConflictException",
                        "Login is already linked to another identity."));
    }

    private static final TestClock CLOCK = new TestClock(Instant.parse("2024-05-01T12:00:00Z"));

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = CognitoIdentityFakeExtension.builder()
            .options(CognitoIdentityFake.builder().clock(CLOCK).options())
            .build();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void theLoginIndexAndTheIdentitiesAgreeAfterRacingUnlinksAndDeletes(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName("app")
                        .allowUnauthenticatedIdentities(false)
                        .supportedLoginProviders(Map.of(FACEBOOK, "fb-app"))
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client1")
                                .build()))
                .identityPoolId();

        List<Map<String, String>> loginsOfUser = new ArrayList<>();
        for (int user = 0; user < USERS; user++) {
            loginsOfUser.add(loginsOf(user));
        }

        // Users no thread touches: their identities must come through the race as they were.
        List<String> bystanders = new ArrayList<>();
        for (int user = USERS; user < USERS + BYSTANDERS; user++) {
            Map<String, String> logins = loginsOf(user);
            bystanders.add(
                    cognito.getId(b -> b.identityPoolId(poolId).logins(logins)).identityId());
        }

        List<String> unexpected = runTogether(THREADS, thread -> {
            Random random = new Random(thread);
            List<String> failures = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Map<String, String> both = loginsOfUser.get(random.nextInt(USERS));
                String identityId;
                try {
                    identityId = cognito.getId(b -> b.identityPoolId(poolId).logins(both))
                            .identityId();
                } catch (CognitoIdentityException refused) {
                    // GetId with both logins of one user is never refused: it finds, links or creates.
                    failures.add("GetId: " + Refusal.of(refused));
                    continue;
                }
                int action = random.nextInt(3);
                try {
                    switch (action) {
                        case 0 ->
                            cognito.unlinkIdentity(b -> b.identityId(identityId)
                                    .logins(Map.of(USER_POOL, both.get(USER_POOL)))
                                    .loginsToRemove(FACEBOOK));
                        case 1 -> cognito.deleteIdentities(b -> b.identityIdsToDelete(identityId));
                        default ->
                            cognito.unlinkIdentity(
                                    b -> b.identityId(identityId).logins(both).loginsToRemove(FACEBOOK, USER_POOL));
                    }
                } catch (CognitoIdentityException refused) {
                    Refusal refusal = Refusal.of(refused);
                    if (action == 1 || !raceRefusals(identityId).contains(refusal)) {
                        failures.add("action " + action + " on " + identityId + ": " + refusal);
                    }
                }
            }
            return failures;
        });

        assertThat(unexpected).isEmpty();
        assertConsistent(EngineAccess.of(fake).service(), cognito, poolId, bystanders);
    }

    private static Map<String, String> loginsOf(int user) {
        return Map.of(FACEBOOK, "fb-" + user, USER_POOL, idToken(USER_POOL, "client1", "up-" + user));
    }

    private static void assertConsistent(
            CognitoIdentityService service, CognitoIdentityClient cognito, String poolId, List<String> bystanders) {
        Map<String, IdentityDescription> listed = new LinkedHashMap<>();
        String nextToken = null;
        do {
            String token = nextToken;
            ListIdentitiesResponse page = cognito.listIdentities(
                    b -> b.identityPoolId(poolId).maxResults(PAGE_SIZE).nextToken(token));
            page.identities()
                    .forEach(description -> assertThat(listed.put(description.identityId(), description))
                            .as("%s listed once", description.identityId())
                            .isNull());
            nextToken = page.nextToken();
        } while (nextToken != null);

        assertThat(listed).as("identities after the race").isNotEmpty();
        assertThat(listed.keySet()).as("the bystanders' identities").containsAll(bystanders);

        // Every listed identity's logins lead back to it.
        for (String identityId : listed.keySet()) {
            Identity identity = service.pools().findIdentity(identityId).orElseThrow();
            identity.logins()
                    .forEach((provider, user) -> assertThat(service.identities()
                                    .findByLogin(poolId, provider, user)
                                    .map(Identity::identityId))
                            .as("%s of %s", provider, identityId)
                            .contains(identityId));
            assertThat(identity.disabled())
                    .as("an identity without logins is disabled")
                    .isEqualTo(identity.logins().isEmpty());
        }
        // Every login in the index (these are all the logins ever used) leads to a listed identity that has it.
        for (int user = 0; user < USERS + BYSTANDERS; user++) {
            for (Map.Entry<String, String> login :
                    Map.of(FACEBOOK, "fb-" + user, USER_POOL, "up-" + user).entrySet()) {
                Optional<Identity> owner = service.identities().findByLogin(poolId, login.getKey(), login.getValue());
                owner.ifPresent(identity -> {
                    assertThat(listed).as("owner of %s is listed", login).containsKey(identity.identityId());
                    assertThat(service.pools().findIdentity(identity.identityId()))
                            .as("owner of %s exists", login)
                            .hasValueSatisfying(
                                    current -> assertThat(current.logins()).contains(login));
                });
                if (user >= USERS) {
                    assertThat(owner.map(Identity::identityId))
                            .as("bystander login %s", login)
                            .contains(bystanders.get(user - USERS));
                }
            }
        }
    }
}
