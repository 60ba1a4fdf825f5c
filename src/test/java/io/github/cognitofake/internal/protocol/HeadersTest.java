package io.github.cognitofake.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void keepsPrintableAsciiInAHeaderValueAndReplacesEverythingElse() {
        assertThat(Headers.printableAscii(" Value 'a~b' ")).isEqualTo(" Value 'a~b' ");
        assertThat(Headers.printableAscii("a\u001fb\u007fc\u00e9d\u20ace\n")).isEqualTo("a?b?c?d?e?");
    }
}
