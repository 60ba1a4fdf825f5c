package io.github.cognitofake.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/fidelity.md} and {@link Fidelity} telling the same story: every message the service layer
 * words is listed there, in backticks, with {@code <placeholders>} where the request's values go. The SDK tests
 * take their expected texts from {@code Fidelity}, so this is also what pins the texts themselves.
 */
class FidelityTextsTest {

    static Stream<Map.Entry<String, String>> texts() {
        return Map.of(
                "poolNotFound", Fidelity.poolNotFound("<id>"),
                "notAConfiguredProvider", Fidelity.notAConfiguredProvider("<key>"),
                "roleAccessForbidden", Fidelity.roleAccessForbidden("<value>"),
                "ambiguousRoleResolutionMissing", Fidelity.ambiguousRoleResolutionMissing("<key>"),
                "rulesConfigurationMissing", Fidelity.rulesConfigurationMissing("<key>"),
                "rulesConfigurationNotAllowed", Fidelity.rulesConfigurationNotAllowed("<key>"),
                "tooManyRules", Fidelity.tooManyRules("<key>", 26).replace(" 26 rules", " <n> rules"),
                "developerProviderNameChanged", Fidelity.developerProviderNameChanged("<name>"),
                "poolIdTaken", Fidelity.poolIdTaken("<id>"),
                "INVALID_PAGINATION_TOKEN", Fidelity.INVALID_PAGINATION_TOKEN).entrySet().stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyMessageIsListedInTheFidelityDocument(Map.Entry<String, String> text) throws IOException {
        String document = Files.readString(Path.of("docs/fidelity.md"));

        assertThat(text.getValue()).as(text.getKey()).isNotBlank().endsWith(".");
        assertThat(document).as("docs/fidelity.md lists Fidelity.%s", text.getKey())
                .contains("`" + text.getValue() + "`");
    }
}
