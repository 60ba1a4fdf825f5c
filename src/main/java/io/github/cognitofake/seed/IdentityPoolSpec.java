package io.github.cognitofake.seed;

import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;

/**
 * The configuration of one seeded identity pool: the members of CreateIdentityPool and of
 * SetIdentityPoolRoles. Anything not set has the service's default (no providers, unauthenticated
 * identities and the classic flow off, no tags, no roles).
 */
public interface IdentityPoolSpec {

    /**
     * Gives the pool this id instead of a generated one. The id must match the service's pattern, be in
     * the fake's region, and not be taken.
     *
     * @param identityPoolId the id, such as {@code us-east-1:0f4e7d3c-5b6a-4c1d-9e8f-7a6b5c4d3e2f}
     * @return this pool, for chaining
     */
    IdentityPoolSpec id(String identityPoolId);

    /**
     * AllowUnauthenticatedIdentities (default false).
     *
     * @param allow whether guests get identities
     * @return this pool, for chaining
     */
    IdentityPoolSpec allowUnauthenticatedIdentities(boolean allow);

    /**
     * AllowClassicFlow. Left unset unless called, as CreateIdentityPool without the member leaves it: the pool's
     * answers then leave the member out and the basic flow (GetOpenIdToken) is allowed; {@code false} refuses it.
     *
     * @param allow whether the classic (basic) authflow is allowed
     * @return this pool, for chaining
     */
    IdentityPoolSpec allowClassicFlow(boolean allow);

    /**
     * A social provider of SupportedLoginProviders, such as {@code ("graph.facebook.com", "<app id>")}.
     *
     * @param domain the provider's domain
     * @param appId the app id the provider gave
     * @return this pool, for chaining
     */
    IdentityPoolSpec loginProvider(String domain, String appId);

    /**
     * A Cognito user pool app client, without the server-side token check.
     *
     * @param providerName {@code cognito-idp.<region>.amazonaws.com/<user pool id>}
     * @param clientId the app client's id
     * @return this pool, for chaining
     */
    IdentityPoolSpec cognitoProvider(String providerName, String clientId);

    /**
     * A Cognito user pool app client.
     *
     * @param providerName {@code cognito-idp.<region>.amazonaws.com/<user pool id>}
     * @param clientId the app client's id
     * @param serverSideTokenCheck whether the service checks that the user is still signed in
     * @return this pool, for chaining
     */
    IdentityPoolSpec cognitoProvider(String providerName, String clientId, boolean serverSideTokenCheck);

    /**
     * The IAM ARN of an OpenID Connect provider.
     *
     * @param providerArn the provider's ARN
     * @return this pool, for chaining
     */
    IdentityPoolSpec openIdConnectProvider(String providerArn);

    /**
     * The IAM ARN of a SAML provider.
     *
     * @param providerArn the provider's ARN
     * @return this pool, for chaining
     */
    IdentityPoolSpec samlProvider(String providerArn);

    /**
     * DeveloperProviderName, the domain developer-authenticated identities belong to.
     *
     * @param name the domain, such as {@code login.example.app}
     * @return this pool, for chaining
     */
    IdentityPoolSpec developerProviderName(String name);

    /**
     * One of IdentityPoolTags.
     *
     * @param key the tag's key
     * @param value the tag's value
     * @return this pool, for chaining
     */
    IdentityPoolSpec tag(String key, String value);

    /**
     * The role of the {@code authenticated} key of SetIdentityPoolRoles.
     *
     * @param roleArn the IAM role's ARN
     * @return this pool, for chaining
     */
    IdentityPoolSpec authenticatedRole(String roleArn);

    /**
     * The role of the {@code unauthenticated} key of SetIdentityPoolRoles.
     *
     * @param roleArn the IAM role's ARN
     * @return this pool, for chaining
     */
    IdentityPoolSpec unauthenticatedRole(String roleArn);

    /**
     * A Token role mapping: users of {@code provider} get the role their token names.
     *
     * <p>When {@code provider} is a Cognito user pool provider ({@code cognito-idp.<region>.amazonaws.com/<pool>:<client>})
     * that the pool does not have yet, it is added to the pool's CognitoIdentityProviders, so the common case
     * takes one line.
     *
     * @param provider the mapping's key: a provider of the pool
     * @param ambiguousRoleResolution what happens when the token names no role, or several
     * @return this pool, for chaining
     */
    IdentityPoolSpec tokenMapping(String provider, AmbiguousRoleResolutionType ambiguousRoleResolution);

    /**
     * A Rules role mapping: the first rule that matches a user of {@code provider} gives the role. A user
     * pool provider is added to the pool as for {@link #tokenMapping}.
     *
     * @param rules the rules, in the order they are tried
     * @param provider the mapping's key: a provider of the pool
     * @param ambiguousRoleResolution what happens when no rule matches
     * @return this pool, for chaining
     */
    IdentityPoolSpec rulesMapping(
            String provider, AmbiguousRoleResolutionType ambiguousRoleResolution, Consumer<MappingRules> rules);
}
