package io.github.cognitofake.internal.service.credentials;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cognitofake.internal.json.EpochSecondsSerializer;
import java.time.Instant;

/**
 * GetCredentialsForIdentity's answer: the identity the credentials are for (another one than asked for when a
 * guest identity was merged) and the credentials. {@code Expiration} is an awsJson timestamp, epoch seconds in the service's number format
 * ({@link EpochSecondsSerializer}: {@code 1.659377625E9}).
 */
public record GetCredentialsForIdentityOutput(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Credentials") Credentials credentials) {

    static GetCredentialsForIdentityOutput of(String identityId, NewCredentials issued) {
        return new GetCredentialsForIdentityOutput(
                identityId,
                new Credentials(issued.accessKeyId(), issued.secretKey(), issued.sessionToken(), issued.expiration()));
    }

    /** The Credentials wire shape. */
    public record Credentials(
            @JsonProperty("AccessKeyId") String accessKeyId,
            @JsonProperty("SecretKey") String secretKey,
            @JsonProperty("SessionToken") String sessionToken,

            @JsonProperty("Expiration") @JsonSerialize(using = EpochSecondsSerializer.class)
            Instant expiration) {

        @Override
        public String toString() {
            return "Credentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]"; // no secrets in logs
        }
    }
}
