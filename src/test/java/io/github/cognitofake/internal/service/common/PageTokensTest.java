package io.github.cognitofake.internal.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTokensTest {

    private final PageTokens tokens = new PageTokens("ListIdentityPools");

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, Long.MAX_VALUE})
    void aTokenGivesBackTheSequenceItWasMadeFrom(long sequence) {
        assertThat(tokens.decode(tokens.encode(sequence))).hasValue(sequence);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ListIdentityPools/-1",
                "ListIdentityPools/",
                "ListIdentityPools/x",
                "ListIdentities/3",
                "3",
                "ListIdentityPools/99999999999999999999"
            })
    void aTokenItDidNotMakeIsRefused(String plain) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.decode(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "%%%", "a"})
    void aTokenThatIsNotBase64IsRefused(String token) {
        assertThat(tokens.decode(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7})
    void theTokensOfAnotherListingAreRefused(long sequence) {
        assertThat(new PageTokens("ListIdentities").decode(tokens.encode(sequence)))
                .isEmpty();
    }
}
