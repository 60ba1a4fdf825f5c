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
     */
    IdentityPoolSpec id(String identityPoolId);

    /** AllowUnauthenticatedIdentities (default false). */
    IdentityPoolSpec allowUnauthenticatedIdentities(boolean allow);

    /** AllowClassicFlow (default false). */
    IdentityPoolSpec allowClassicFlow(boolean allow);

    /** A social provider of SupportedLoginProviders, such as {@code ("graph.facebook.com", "<app id>")}. */
    IdentityPoolSpec loginProvider(String domain, String appId);

    /** A Cognito user pool app client, without the server-side token check. */
    IdentityPoolSpec cognitoProvider(String providerName, String clientId);

    /** A Cognito user pool app client. */
    IdentityPoolSpec cognitoProvider(String providerName, String clientId, boolean serverSideTokenCheck);

    /** The IAM ARN of an OpenID Connect provider. */
    IdentityPoolSpec openIdConnectProvider(String providerArn);

    /** The IAM ARN of a SAML provider. */
    IdentityPoolSpec samlProvider(String providerArn);

    /** DeveloperProviderName, the domain developer-authenticated identities belong to. */
    IdentityPoolSpec developerProviderName(String name);

    /** One of IdentityPoolTags. */
    IdentityPoolSpec tag(String key, String value);

    /** The role of the {@code authenticated} key of SetIdentityPoolRoles. */
    IdentityPoolSpec authenticatedRole(String roleArn);

    /** The role of the {@code unauthenticated} key of SetIdentityPoolRoles. */
    IdentityPoolSpec unauthenticatedRole(String roleArn);

    /**
     * A Token role mapping: users of {@code provider} get the role their token names.
     *
     * <p>When {@code provider} is a Cognito user pool provider ({@code cognito-idp.<region>.amazonaws.com/<pool>:<client>})
     * that the pool does not have yet, it is added to the pool's CognitoIdentityProviders, so the common case
     * takes one line.
     */
    IdentityPoolSpec tokenMapping(String provider, AmbiguousRoleResolutionType ambiguousRoleResolution);

    /**
     * A Rules role mapping: the first rule that matches a user of {@code provider} gives the role. A user
     * pool provider is added to the pool as for {@link #tokenMapping}.
     *
     * @param rules the rules, in the order they are tried
     */
    IdentityPoolSpec rulesMapping(String provider, AmbiguousRoleResolutionType ambiguousRoleResolution,
            Consumer<MappingRules> rules);
}
