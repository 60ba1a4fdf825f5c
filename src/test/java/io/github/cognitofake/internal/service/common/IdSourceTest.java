package io.github.cognitofake.internal.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSourceTest {

    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);

    @Test
    void charsUseTheWholeAlphabetAndNothingElse() {
        String text = IdSource.random().chars(10_000, ALPHABET);
        Set<Character> seen = new HashSet<>();
        text.chars().forEach(c -> seen.add((char) c));
        assertThat(text).hasSize(10_000).matches("[A-Za-z0-9+/]+");
        assertThat(seen).hasSize(64);
    }

    @Test
    void seededCharsRepeatAfterARestartAndDifferBetweenDraws() {
        IdSource source = IdSource.seeded(42);
        String first = source.chars(840, ALPHABET);
        String second = source.chars(840, ALPHABET);
        source.restart();
        assertThat(source.chars(840, ALPHABET)).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
        assertThat(IdSource.seeded(42).chars(840, ALPHABET)).isEqualTo(first);
    }

    @Test
    void refusesAnAlphabetOfAnotherSize() {
        assertThatThrownBy(() -> IdSource.random().chars(4, new byte[] {'a', 'b'}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
