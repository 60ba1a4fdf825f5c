package io.github.cognitofake.internal.service.credentials;

import java.time.Instant;

/**
 * The members of the Credentials structure GetCredentialsForIdentity answers with.
 *
 * @param accessKeyId {@code ASIA} and 16 base32 characters, as AWS temporary access keys look
 * @param secretKey 40 base64 characters
 * @param sessionToken a long base64 string
 * @param expiration one hour after issue, in whole seconds
 */
public record NewCredentials(String accessKeyId, String secretKey, String sessionToken, Instant expiration) {

    @Override
    public String toString() {
        return "NewCredentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration
                + "]"; // secrets stay out of logs
    }
}
