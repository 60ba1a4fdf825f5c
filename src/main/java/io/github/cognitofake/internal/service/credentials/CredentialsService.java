package io.github.cognitofake.internal.service.credentials;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.identities.IdentityService;
import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import io.github.cognitofake.internal.service.principaltags.PrincipalTagService;
import io.github.cognitofake.internal.service.principaltags.SessionTags;
import java.util.Map;

/**
 * GetCredentialsForIdentity: whom the call is for ({@link IdentityService#resolve}), which role they get
 * ({@link RoleResolver}), which session tags the credentials carry ({@link PrincipalTagService}), and the
 * credentials themselves ({@link CredentialsIssuer}, which records them for the test's assertions).
 *
 * <p>All or nothing: the role is decided inside the identity resolution, before it links the call's new logins
 * or merges a guest identity, so a refused role changes nothing and records no credentials.
 */
public final class CredentialsService {

    private final IdentityService identities;
    private final PrincipalTagService principalTags;
    private final CredentialsIssuer issuer;

    public CredentialsService(IdentityService identities, PrincipalTagService principalTags, CredentialsIssuer issuer) {
        this.identities = identities;
        this.principalTags = principalTags;
        this.issuer = issuer;
    }

    /** GetCredentialsForIdentity. */
    @Behaviour(id = "credentials.refused-links-nothing", status = UNCONFIRMED)
    public GetCredentialsForIdentityOutput getCredentials(GetCredentialsForIdentityInput input) {
        Grant grant = identities.resolve(input.identityId(), input.logins(), resolved -> {
            RoleChoice role = RoleResolver.resolve(resolved.pool().roles(), resolved.logins(), input.customRoleArn());
            return new Grant(
                    resolved.identity().identityId(),
                    resolved.identity().identityPoolId(),
                    role,
                    sessionTags(resolved.identity().identityPoolId(), role));
        });
        NewCredentials credentials = issuer.issue(
                grant.identityId(),
                grant.identityPoolId(),
                grant.role().roleArn(),
                grant.role().provider().orElse(null),
                grant.sessionTags());
        return GetCredentialsForIdentityOutput.of(grant.identityId(), credentials);
    }

    /** The tags of the login that decided the role (the first login with a role mapping, else the first); guests none. */
    @Behaviour(id = "credentials.session-tags-from-deciding-login", status = UNCONFIRMED)
    private Map<String, String> sessionTags(String identityPoolId, RoleChoice role) {
        if (role.guest()) {
            return Map.of();
        }
        VerifiedLogin login = role.login();
        return SessionTags.resolve(
                principalTags.sessionTagClaims(identityPoolId, login.providerName()), login.claims());
    }

    /** What a call was granted, decided before anything was written. */
    private record Grant(String identityId, String identityPoolId, RoleChoice role, Map<String, String> sessionTags) {}
}
