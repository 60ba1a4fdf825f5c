package io.github.cognitofake.internal.service.openid;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.identities.OpenIdTokenIssuer;
import io.github.cognitofake.internal.service.identities.ResolvedIdentity;
import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;
import io.github.cognitofake.internal.service.principaltags.SessionTags;
import io.github.cognitofake.internal.state.StoredPool;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GetOpenIdToken: the identity rules of {@link IdentityService#resolve} (the same as for credentials), then
 * a token from {@link OpenIdTokenIssuer} valid for {@link OpenIdTokenIssuer#GET_OPEN_ID_TOKEN_LIFETIME}.
 */
public final class OpenIdTokenService {

    private final IdentityService identities;
    private final PrincipalTagService principalTags;
    private final AccountRegion home;

    public OpenIdTokenService(IdentityService identities, PrincipalTagService principalTags, AccountRegion home) {
        this.identities = identities;
        this.principalTags = principalTags;
        this.home = home;
    }

    /** GetOpenIdToken: the identity must exist, its pool must allow the basic flow, then the identity rules. */
    @Behaviour(id = "openid.no-roles-needed", status = CONFIRMED)
    public GetOpenIdTokenOutput getOpenIdToken(GetOpenIdTokenInput input) {
        requireClassicFlow(identities.poolOfIdentity(input.identityId()));
        ResolvedIdentity resolved = identities.resolve(input.identityId(), input.logins());
        Instant now = identities.now();
        String poolId = resolved.pool().pool().identityPoolId();
        String identityId = resolved.identity().identityId();
        String token = OpenIdTokenIssuer.issue(
                poolId,
                home.identityPoolArn(poolId),
                identityId,
                AuthenticationMethods.of(resolved.pool().pool(), resolved.logins()),
                now,
                OpenIdTokenIssuer.GET_OPEN_ID_TOKEN_LIFETIME,
                sessionTags(poolId, resolved.logins()));
        return new GetOpenIdTokenOutput(identityId, token);
    }

    /**
     * The basic flow's own refusals, both InvalidParameterException, for guests and authenticated identities
     * alike and before any login is looked at: AllowClassicFlow explicitly false, then a pool with role mappings.
     * A pool that never had AllowClassicFlow set allows the basic flow. GetOpenIdTokenForDeveloperIdentity is
     * not subject to either.
     */
    @Behaviour(id = "openid.classic-flow-check-order", status = UNCONFIRMED)
    private static void requireClassicFlow(StoredPool pool) {
        if (pool.pool().classicFlowDisabled()) {
            throw ServiceError.invalidParameter(OpenIdTexts.CLASSIC_FLOW_NOT_ENABLED);
        }
        if (!pool.roles().roleMappings().isEmpty()) {
            throw ServiceError.invalidParameter(OpenIdTexts.CLASSIC_FLOW_WITH_ROLE_MAPPINGS);
        }
    }

    /**
     * The principal tags of the first login (in request order) whose provider's principal tag map gives any,
     * valued from that login's claims by {@link SessionTags#resolve}. The basic flow passes the token to STS itself, which
     * so gets the tags the enhanced flow gives as session tags.
     */
    @Behaviour(id = "openid.token-principal-tags", status = UNCONFIRMED)
    private Map<String, String> sessionTags(String poolId, List<VerifiedLogin> logins) {
        for (VerifiedLogin login : logins) {
            Map<String, String> tags =
                    SessionTags.resolve(principalTags.sessionTagClaims(poolId, login.providerName()), login.claims());
            if (!tags.isEmpty()) {
                return tags;
            }
        }
        return Map.of();
    }
}
