package io.github.cognitofake.internal.state;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration of an identity pool, in the service's {@code IdentityPool} wire shape.
 *
 * <p>Which members the service prints when they are empty is a fidelity choice: see
 * {@code docs/fidelity.md} ("IdentityPool output shape"). AllowUnauthenticatedIdentities and the tags are always
 * printed, the provider lists only when they hold something. AllowClassicFlow has three states: null when the
 * caller never set it (left out of the answers; the basic flow is then allowed), else false or true as set.
 */
@Behaviour(id = "pools.output-shape", status = REFUTED_AND_FIXED)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IdentityPool(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("IdentityPoolName") String identityPoolName,

        @JsonProperty("AllowUnauthenticatedIdentities") @JsonInclude(JsonInclude.Include.ALWAYS)
        boolean allowUnauthenticatedIdentities,

        @JsonProperty("AllowClassicFlow") @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean allowClassicFlow,

        @JsonProperty("SupportedLoginProviders") Map<String, String> supportedLoginProviders,
        @JsonProperty("DeveloperProviderName") String developerProviderName,
        @JsonProperty("OpenIdConnectProviderARNs") List<String> openIdConnectProviderArns,
        @JsonProperty("CognitoIdentityProviders") List<CognitoIdentityProvider> cognitoIdentityProviders,
        @JsonProperty("SamlProviderARNs") List<String> samlProviderArns,

        @JsonProperty("IdentityPoolTags") @JsonInclude(JsonInclude.Include.ALWAYS)
        Map<String, String> identityPoolTags) {

    private static final String OIDC_PROVIDER_MARKER = ":oidc-provider/";

    public IdentityPool {
        supportedLoginProviders = Copies.orderedMap(supportedLoginProviders);
        openIdConnectProviderArns = Copies.list(openIdConnectProviderArns);
        cognitoIdentityProviders = Copies.list(cognitoIdentityProviders);
        samlProviderArns = Copies.list(samlProviderArns);
        identityPoolTags = Copies.orderedMap(identityPoolTags);
    }

    public IdentityPool withDeveloperProviderName(String name) {
        return new IdentityPool(
                identityPoolId,
                identityPoolName,
                allowUnauthenticatedIdentities,
                allowClassicFlow,
                supportedLoginProviders,
                name,
                openIdConnectProviderArns,
                cognitoIdentityProviders,
                samlProviderArns,
                identityPoolTags);
    }

    public IdentityPool withAllowClassicFlow(Boolean allow) {
        return new IdentityPool(
                identityPoolId,
                identityPoolName,
                allowUnauthenticatedIdentities,
                allow,
                supportedLoginProviders,
                developerProviderName,
                openIdConnectProviderArns,
                cognitoIdentityProviders,
                samlProviderArns,
                identityPoolTags);
    }

    /**
     * Whether GetOpenIdToken (the basic flow) is allowed by the flag: only an explicit {@code false} refuses it; a
     * pool that never had the member set allows it, as the service keeps it for backwards compatibility.
     */
    @JsonIgnore
    public boolean classicFlowDisabled() {
        return Boolean.FALSE.equals(allowClassicFlow);
    }

    public IdentityPool withTags(Map<String, String> tags) {
        return new IdentityPool(
                identityPoolId,
                identityPoolName,
                allowUnauthenticatedIdentities,
                allowClassicFlow,
                supportedLoginProviders,
                developerProviderName,
                openIdConnectProviderArns,
                cognitoIdentityProviders,
                samlProviderArns,
                tags);
    }

    /**
     * The provider names that Logins and role mappings may use with this pool: social provider domains,
     * {@code <user pool provider>:<app client id>}, the issuer of each OpenID Connect provider (the part of
     * its IAM ARN after {@code oidc-provider/}) and each SAML provider ARN.
     */
    @JsonIgnore
    public Set<String> configuredProviderNames() {
        Set<String> names = new LinkedHashSet<>(supportedLoginProviders.keySet());
        cognitoIdentityProviders.forEach(p -> names.add(p.loginName()));
        openIdConnectProviderArns.forEach(arn -> names.add(openIdConnectProviderName(arn)));
        names.addAll(samlProviderArns);
        return names;
    }

    /**
     * The name Logins and role mappings use for an OpenID Connect provider: the part of its IAM ARN after
     * {@code oidc-provider/}, which is the issuer without {@code https://}.
     */
    public static String openIdConnectProviderName(String providerArn) {
        int marker = providerArn.indexOf(OIDC_PROVIDER_MARKER);
        return marker < 0 ? providerArn : providerArn.substring(marker + OIDC_PROVIDER_MARKER.length());
    }

    /** Whether any login provider is configured: social, user pool, OpenID Connect or SAML. */
    @JsonIgnore
    public boolean hasLoginProviders() {
        return !supportedLoginProviders.isEmpty()
                || !cognitoIdentityProviders.isEmpty()
                || !openIdConnectProviderArns.isEmpty()
                || !samlProviderArns.isEmpty();
    }
}
