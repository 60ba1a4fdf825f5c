package io.github.cognitofake.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.service.common.Fidelity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/fidelity.md} and {@link Fidelity} telling the same story: every message the service layer
 * words is listed there, in backticks, with {@code <placeholders>} where the request's values go. The SDK tests
 * take their expected texts from {@code Fidelity}, so this is also what pins the texts themselves.
 */
class FidelityTextsTest {

    @Test
    void everyMessageIsListedInTheFidelityDocument() throws IOException {
        String document = Files.readString(Path.of("docs/fidelity.md"));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("poolNotFound", Fidelity.poolNotFound("<id>"));
        texts.put("notAConfiguredProvider", Fidelity.notAConfiguredProvider("<key>"));
        texts.put("roleAccessForbidden", Fidelity.roleAccessForbidden("<value>"));
        texts.put("ambiguousRoleResolutionMissing", Fidelity.ambiguousRoleResolutionMissing("<key>"));
        texts.put("rulesConfigurationMissing", Fidelity.rulesConfigurationMissing("<key>"));
        texts.put("rulesConfigurationNotAllowed", Fidelity.rulesConfigurationNotAllowed("<key>"));
        texts.put("tooManyRules", Fidelity.tooManyRules("<key>", 26).replace(" 26 rules", " <n> rules"));
        texts.put("developerProviderNameChanged", Fidelity.developerProviderNameChanged("<name>"));
        texts.put("poolIdTaken", Fidelity.poolIdTaken("<id>"));
        texts.put("INVALID_PAGINATION_TOKEN", Fidelity.INVALID_PAGINATION_TOKEN);

        SoftAssertions softly = new SoftAssertions();
        texts.forEach((name, text) -> {
            softly.assertThat(text).as(name).isNotBlank().endsWith(".");
            softly.assertThat(document)
                    .as("docs/fidelity.md lists Fidelity.%s", name)
                    .contains("`" + text + "`");
        });
        softly.assertAll();
        assertThat(texts).hasSize(10);
    }
}
