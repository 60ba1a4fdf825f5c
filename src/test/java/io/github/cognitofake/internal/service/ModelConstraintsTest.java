package io.github.cognitofake.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.model.Shape;
import io.github.cognitofake.internal.protocol.ConstraintValidator;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The constraint texts and checks of each trait on a model of its own: the validator builds a shape's
 * constraints once and caches them, so these shapes are new to it whatever ran before.
 */
class ModelConstraintsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String MODEL = """
            {"metadata": {"targetPrefix": "Test"},
             "operations": {"Op": {"name": "Op", "input": {"shape": "In"}}},
             "shapes": {
               "In": {"type": "structure", "members": {"Name": {"shape": "Name"}, "Count": {"shape": "Count"},
                      "Tags": {"shape": "Tags"}}},
               "Name": {"type": "string", "min": 2, "max": 4, "pattern": "[a-z]+"},
               "Count": {"type": "integer", "min": 1, "max": 10},
               "Tags": {"type": "list", "member": {"shape": "Name"}, "min": 1, "max": 2}
             }}
            """;

    @Test
    void valuesWithinTheBoundsPass() throws IOException {
        assertThat(validate("{\"Name\": \"ab\", \"Count\": 1, \"Tags\": [\"abcd\"]}"))
                .isNull();
        assertThat(validate("{\"Name\": \"abcd\", \"Count\": 10, \"Tags\": [\"ab\", \"abc\"]}"))
                .isNull();
    }

    @Test
    void aStringLongerThanItsMaximumFails() throws IOException {
        assertThat(validate("{\"Name\": \"abcde\"}"))
                .isEqualTo("1 validation error detected: Value 'abcde' at "
                        + "'name' failed to satisfy constraint: Member must have length less than or equal to 4");
    }

    @Test
    void aStringShorterThanItsMinimumFails() throws IOException {
        assertThat(validate("{\"Name\": \"a\"}"))
                .isEqualTo("1 validation error detected: Value 'a' at "
                        + "'name' failed to satisfy constraint: Member must have length greater than or equal to 2");
    }

    @Test
    void aStringOutsideItsPatternFails() throws IOException {
        assertThat(validate("{\"Name\": \"AB\"}"))
                .isEqualTo(
                        "1 validation error detected: Value 'AB' at "
                                + "'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+");
    }

    @Test
    void aNumberAboveItsMaximumFails() throws IOException {
        assertThat(validate("{\"Count\": 11}"))
                .isEqualTo("1 validation error detected: Value '11' at "
                        + "'count' failed to satisfy constraint: Member must have value less than or equal to 10");
    }

    @Test
    void aNumberBelowItsMinimumFails() throws IOException {
        assertThat(validate("{\"Count\": 0}"))
                .isEqualTo("1 validation error detected: Value '0' at "
                        + "'count' failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void aListWithTooManyMembersFails() throws IOException {
        assertThat(validate("{\"Tags\": [\"ab\", \"ab\", \"ab\"]}"))
                .isEqualTo("1 validation error detected: "
                        + "Value '[ab, ab, ab]' at 'tags' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 2");
    }

    private static String validate(String body) throws IOException {
        ServiceModel model = ServiceModel.from(MAPPER.readTree(MODEL));
        Shape input = model.operation("Op").orElseThrow().input();
        JsonNode json = MAPPER.readTree(body);
        return ConstraintValidator.validate(input, json).orElse(null);
    }
}
