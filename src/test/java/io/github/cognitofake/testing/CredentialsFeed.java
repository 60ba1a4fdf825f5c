package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.service.credentials.CredentialsIssuer;
import io.github.cognitofake.internal.service.credentials.NewCredentials;
import java.util.Map;

/**
 * Issues credentials straight through a fake's {@link CredentialsIssuer}, as GetCredentialsForIdentity does,
 * for tests of the ledger's public API that need no pool, identity or token.
 */
public final class CredentialsFeed {

    private CredentialsFeed() {}

    /**
     * Credentials without session tags.
     *
     * @param provider the deciding login's Logins key, or {@code null} for a guest
     */
    public static NewCredentials issue(
            CognitoIdentityFake fake, String identityId, String poolId, String roleArn, String provider) {
        return issuer(fake).issue(identityId, poolId, roleArn, provider, Map.of());
    }

    private static CredentialsIssuer issuer(CognitoIdentityFake fake) {
        return EngineAccess.of(fake).service().credentials();
    }
}
