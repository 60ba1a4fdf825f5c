package io.github.cognitofake.internal.service.identities;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** UnprocessedIdentityIds is always printed, {@code []} when every identity was processed (the CLI's example). */
public record DeleteIdentitiesOutput(
        @JsonProperty("UnprocessedIdentityIds") List<UnprocessedIdentityId> unprocessedIdentityIds) {

    /**
     * An identity DeleteIdentities could not delete.
     *
     * @param errorCode {@code AccessDenied} or {@code InternalServerError} (the model's enum)
     */
    public record UnprocessedIdentityId(
            @JsonProperty("IdentityId") String identityId,
            @JsonProperty("ErrorCode") String errorCode) {}
}
