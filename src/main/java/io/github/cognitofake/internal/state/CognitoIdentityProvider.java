package io.github.cognitofake.internal.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A Cognito user pool app client an identity pool accepts logins from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CognitoIdentityProvider(
        @JsonProperty("ProviderName") String providerName,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ServerSideTokenCheck") boolean serverSideTokenCheck) {

    /** The name role mappings and Logins use for this provider: {@code <providerName>:<clientId>}. */
    public String loginName() {
        return providerName + ":" + clientId;
    }
}
