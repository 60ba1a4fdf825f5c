package io.github.cognitofake.internal.service.pools;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.state.CognitoIdentityProvider;
import io.github.cognitofake.internal.state.IdentityPool;
import java.util.List;
import java.util.Map;

/**
 * The input of CreateIdentityPool and UpdateIdentityPool as received: absent members stay null, so the
 * service can tell "not given" from "given empty".
 */
public record PoolInput(
        @JsonProperty("IdentityPoolId") String identityPoolId,
        @JsonProperty("IdentityPoolName") String identityPoolName,
        @JsonProperty("AllowUnauthenticatedIdentities") Boolean allowUnauthenticatedIdentities,
        @JsonProperty("AllowClassicFlow") Boolean allowClassicFlow,
        @JsonProperty("SupportedLoginProviders") Map<String, String> supportedLoginProviders,
        @JsonProperty("DeveloperProviderName") String developerProviderName,
        @JsonProperty("OpenIdConnectProviderARNs") List<String> openIdConnectProviderArns,
        @JsonProperty("CognitoIdentityProviders") List<CognitoIdentityProvider> cognitoIdentityProviders,
        @JsonProperty("SamlProviderARNs") List<String> samlProviderArns,
        @JsonProperty("IdentityPoolTags") Map<String, String> identityPoolTags) {

    /**
     * The pool this input describes, with every omitted member at its default; an omitted AllowClassicFlow stays
     * unset (null), which is not the same as false.
     */
    @Behaviour(id = "pools.allow-classic-flow-unset", status = REFUTED_AND_FIXED)
    IdentityPool toPool(String id) {
        return new IdentityPool(
                id,
                identityPoolName,
                Boolean.TRUE.equals(allowUnauthenticatedIdentities),
                allowClassicFlow,
                supportedLoginProviders,
                developerProviderName,
                openIdConnectProviderArns,
                cognitoIdentityProviders,
                samlProviderArns,
                identityPoolTags);
    }
}
