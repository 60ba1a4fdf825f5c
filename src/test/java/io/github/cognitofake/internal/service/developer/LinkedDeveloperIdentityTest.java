package io.github.cognitofake.internal.service.developer;

import static io.github.cognitofake.testing.TestTokens.claims;
import static io.github.cognitofake.testing.TestTokens.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.identities.LoginVerifier;
import io.github.cognitofake.internal.service.identities.ResolvedIdentity;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.ServiceHarness;
import io.github.cognitofake.testing.TestClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link IdentityService#resolve} linking a new login to a developer-authenticated identity. */
class LinkedDeveloperIdentityTest {

    private static final String FACEBOOK = "graph.facebook.com";
    private static final String DEVELOPER = "login.example.dev";

    private final ServiceHarness harness = new ServiceHarness(new TestClock(Instant.parse("2024-05-01T12:00:00Z")));
    private final CognitoIdentityClient cognito = harness.client(ClientKind.SYNC);
    private final IdentityService identities = harness.service().identities();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aDeveloperIdentityLinkedToANewLoginKeepsItsDeveloperUsers() {
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName("app")
                        .allowUnauthenticatedIdentities(false)
                        .developerProviderName(DEVELOPER)
                        .supportedLoginProviders(Map.of(FACEBOOK, "fb-app")))
                .identityPoolId();
        String id = cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "user-1")))
                .identityId();
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put(LoginVerifier.DEVELOPER_PROVIDER, jwt(claims(LoginVerifier.DEVELOPER_ISSUER, poolId, id)));
        logins.put(FACEBOOK, "ann");

        ResolvedIdentity resolved = identities.resolve(id, logins);

        assertThat(resolved.identity().identityId()).isEqualTo(id);
        assertThat(resolved.identity().logins()).containsExactly(Map.entry(FACEBOOK, "ann"));
        assertThat(resolved.identity().developerUserIdentifiers()).containsExactly("user-1");
        assertThat(cognito.lookupDeveloperIdentity(b -> b.identityPoolId(poolId).identityId(id))
                        .developerUserIdentifierList())
                .containsExactly("user-1");
    }
}
