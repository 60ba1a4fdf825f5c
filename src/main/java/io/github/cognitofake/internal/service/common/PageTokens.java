package io.github.cognitofake.internal.service.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * Opaque NextToken values. A token names the creation sequence of the last item of its page, so the next
 * page starts after it however the collection changed in between.
 */
public final class PageTokens {

    /**
     * The message of an InvalidParameterException for a NextToken the listing did not make; which tokens each
     * listing refuses is its own rule (docs/fidelity.md).
     */
    public static final String INVALID_TOKEN = "The pagination token is invalid.";

    private final String purpose;

    /** @param purpose what the token pages through; a token of another listing is rejected */
    public PageTokens(String purpose) {
        this.purpose = purpose + "/";
    }

    public String encode(long lastSequence) {
        byte[] plain = (purpose + lastSequence).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }

    /** The sequence inside the token, or empty when the token was not made by {@link #encode}. */
    public OptionalLong decode(String token) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return OptionalLong.empty();
        }
        if (!plain.startsWith(purpose)) {
            return OptionalLong.empty();
        }
        try {
            long sequence = Long.parseLong(plain.substring(purpose.length()));
            return sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence);
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }
}
