package io.github.cognitofake.internal.service.developer;

import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.TestTokens.claims;
import static io.github.cognitofake.testing.TestTokens.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.identities.LoginVerifier;
import io.github.cognitofake.internal.service.identities.ResolvedIdentity;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.testing.TestClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** {@link IdentityService#resolve} linking a new login to a developer-authenticated identity. */
class LinkedDeveloperIdentityTest {

    private static final String DEVELOPER = "login.example.dev";

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = CognitoIdentityFakeExtension.builder()
            .options(CognitoIdentityFake.builder()
                    .clock(new TestClock(Instant.parse("2024-05-01T12:00:00Z")))
                    .options())
            .build();

    private final CognitoIdentityClient cognito;
    private final IdentityService identities;

    LinkedDeveloperIdentityTest(CognitoIdentityFake fake) {
        this.cognito = fake.client();
        this.identities = EngineAccess.of(fake).service().identities();
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
