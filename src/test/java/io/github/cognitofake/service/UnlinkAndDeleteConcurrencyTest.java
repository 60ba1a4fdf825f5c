package io.github.cognitofake.service;

import static io.github.cognitofake.testing.TestTokens.idToken;
import static io.github.cognitofake.testing.Together.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.ServiceHarness;
import io.github.cognitofake.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;

/**
 * GetId, UnlinkIdentity and DeleteIdentities racing on the same few users: whatever the interleaving, the
 * login index and the identities agree (a login leads to an identity that exists and has that login, and an
 * identity's logins lead back to it), and no call fails other than the way the rules allow.
 */
class UnlinkAndDeleteConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 30;
    private static final int USERS = 3;
    private static final String FACEBOOK = "graph.facebook.com";
    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123";
    /** The refusals a racing call may meet: its identity was deleted, disabled, unlinked or linked meanwhile. */
    private static final Set<String> RACE_REFUSALS =
            Set.of("ResourceNotFoundException", "NotAuthorizedException", "ResourceConflictException");

    private final ServiceHarness harness = new ServiceHarness(new TestClock(Instant.parse("2024-05-01T12:00:00Z")));

    @AfterEach
    void close() {
        harness.close();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void theLoginIndexAndTheIdentitiesAgreeAfterRacingUnlinksAndDeletes(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = harness.client(kind);
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
            loginsOfUser.add(Map.of(FACEBOOK, "fb-" + user, USER_POOL, idToken(USER_POOL, "client1", "up-" + user)));
        }

        List<String> unexpected = runTogether(THREADS, thread -> {
            Random random = new Random(thread);
            List<String> failures = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Map<String, String> both = loginsOfUser.get(random.nextInt(USERS));
                try {
                    String identityId = cognito.getId(
                                    b -> b.identityPoolId(poolId).logins(both))
                            .identityId();
                    switch (random.nextInt(3)) {
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
                    if (!RACE_REFUSALS.contains(refused.awsErrorDetails().errorCode())) {
                        failures.add(refused.toString());
                    }
                }
            }
            return failures;
        });

        assertThat(unexpected).isEmpty();
        assertConsistent(harness.service(), cognito, poolId);
    }

    private static void assertConsistent(CognitoIdentityService service, CognitoIdentityClient cognito, String poolId) {
        for (int user = 0; user < USERS; user++) {
            for (Map.Entry<String, String> login :
                    Map.of(FACEBOOK, "fb-" + user, USER_POOL, "up-" + user).entrySet()) {
                Optional<Identity> owner = service.identities().findByLogin(poolId, login.getKey(), login.getValue());
                owner.ifPresent(identity -> {
                    assertThat(service.pools().findIdentity(identity.identityId()))
                            .as("owner of %s exists", login)
                            .hasValueSatisfying(
                                    current -> assertThat(current.logins()).contains(login));
                });
            }
        }
        List<IdentityDescription> listed = cognito.listIdentities(
                        b -> b.identityPoolId(poolId).maxResults(60))
                .identities();
        for (IdentityDescription description : listed) {
            Identity identity =
                    service.pools().findIdentity(description.identityId()).orElseThrow();
            identity.logins()
                    .forEach((provider, user) -> assertThat(service.identities()
                                    .findByLogin(poolId, provider, user)
                                    .map(Identity::identityId))
                            .as("%s of %s", provider, identity.identityId())
                            .contains(identity.identityId()));
            assertThat(identity.disabled())
                    .as("an identity without logins is disabled")
                    .isEqualTo(identity.logins().isEmpty());
        }
    }
}
