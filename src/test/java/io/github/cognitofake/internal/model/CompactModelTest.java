package io.github.cognitofake.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled model is AWS's published service model (kept whole as a test resource) with every
 * {@code documentation} member taken out, and nothing else changed. After updating the published model, run this
 * test with {@code -Dmodel.write=true} to write the compact form again.
 */
class CompactModelTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PUBLISHED = "/io/github/cognitofake/internal/model/cognito-identity-2014-06-30.json";

    @Test
    void bundledModelIsThePublishedOneWithoutItsDocumentation() throws IOException {
        JsonNode expected = withoutDocumentation(read(PUBLISHED));
        if (Boolean.getBoolean("model.write")) {
            Files.writeString(
                    Path.of(
                            "src/main/resources/io/github/cognitofake/internal/model",
                            ServiceModel.COGNITO_IDENTITY_RESOURCE),
                    MAPPER.writeValueAsString(expected) + "\n",
                    StandardCharsets.UTF_8);
        }
        JsonNode bundled = read("/io/github/cognitofake/internal/model/" + ServiceModel.COGNITO_IDENTITY_RESOURCE);
        assertThat(bundled).isEqualTo(expected);
        assertThat(bundled.toString()).doesNotContain("\"documentation\"");
        assertThat(bundled.path("operations").size()).isEqualTo(23);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = CompactModelTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    private static JsonNode withoutDocumentation(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = MAPPER.createObjectNode();
            object.properties().forEach(member -> {
                if (!member.getKey().equals("documentation")) {
                    copy.set(member.getKey(), withoutDocumentation(member.getValue()));
                }
            });
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = MAPPER.createArrayNode();
            array.forEach(item -> copy.add(withoutDocumentation(item)));
            return copy;
        }
        return node;
    }
}
