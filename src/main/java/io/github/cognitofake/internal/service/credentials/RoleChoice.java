package io.github.cognitofake.internal.service.credentials;

import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import java.util.Objects;
import java.util.Optional;

/**
 * The role GetCredentialsForIdentity hands out, and the login whose role mapping (or lack of one) chose it.
 *
 * @param roleArn the role the credentials are for
 * @param login the deciding login; {@code null} for a guest
 */
public record RoleChoice(String roleArn, VerifiedLogin login) {

    public RoleChoice {
        Objects.requireNonNull(roleArn, "roleArn");
    }

    /** The Logins key of the deciding login; empty for a guest. */
    public Optional<String> provider() {
        return Optional.ofNullable(login).map(VerifiedLogin::providerName);
    }

    /** Whether the role is a guest's (no login). */
    public boolean guest() {
        return login == null;
    }
}
