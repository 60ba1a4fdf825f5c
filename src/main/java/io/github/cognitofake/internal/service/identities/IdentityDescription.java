package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.json.EpochSecondsSerializer;
import io.github.cognitofake.internal.state.Identity;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code IdentityDescription} wire shape of DescribeIdentity and ListIdentities. Logins lists provider
 * names only (a developer provider's name once), and is left out for a guest identity (see docs/fidelity.md).
 * Dates are epoch seconds to the millisecond, in the service's number format ({@link EpochSecondsSerializer}).
 */
@Behaviour(id = "identities.guest-logins-left-out", status = CONFIRMED)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IdentityDescription(
        @JsonProperty("IdentityId") String identityId,
        @JsonProperty("Logins") List<String> logins,

        @JsonProperty("CreationDate") @JsonSerialize(using = EpochSecondsSerializer.class)
        Instant creationDate,

        @JsonProperty("LastModifiedDate") @JsonSerialize(using = EpochSecondsSerializer.class)
        Instant lastModifiedDate) {

    static IdentityDescription of(Identity identity) {
        return new IdentityDescription(
                identity.identityId(), providerNames(identity), identity.creationDate(), identity.lastModifiedDate());
    }

    /** The linked providers, then the developer provider once however many of its users are linked. */
    @Behaviour(id = "developer.describe-lists-developer-provider", status = UNCONFIRMED)
    private static List<String> providerNames(Identity identity) {
        if (identity.developerLogins().isEmpty()) {
            return List.copyOf(identity.logins().keySet());
        }
        Set<String> names = new LinkedHashSet<>(identity.logins().keySet());
        identity.developerLogins().forEach(login -> names.add(login.providerName()));
        return List.copyOf(names);
    }
}
