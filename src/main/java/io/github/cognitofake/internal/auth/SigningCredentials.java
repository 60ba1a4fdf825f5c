package io.github.cognitofake.internal.auth;

import java.util.Objects;

/** The one key pair a verifying fake accepts. */
public record SigningCredentials(String accessKeyId, String secretAccessKey) {

    public SigningCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + accessKeyId + ", secret hidden]";
    }
}
