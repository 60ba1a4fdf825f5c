package io.github.cognitofake.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.internal.protocol.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JsonTree} against the mapper the wire layer used before it: the same tree, node class for node class, for
 * every text the mapper reads, and a refusal for every text it refuses; then the same for thousands of mutations of
 * real request bodies.
 */
class JsonTreeTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};

    static Stream<String> texts() {
        return Stream.of(
                "{}",
                "",
                "   \n\t ",
                "null",
                "5",
                "\"text\"",
                "true",
                "[1,2,3]",
                "{\"IdentityPoolId\":\"us-east-1:1\",\"MaxResults\":60}",
                "{\"a\":1.0,\"b\":1e400,\"c\":-0,\"d\":-0.0,\"e\":1E-7}",
                "{\"int\":2147483647,\"long\":2147483648,\"big\":123456789012345678901234567890}",
                "{\"neg\":-2147483648,\"negLong\":-9223372036854775808,\"negBig\":-9223372036854775809}",
                "{\"a\":1,\"a\":2}",
                "{\"a\":{\"b\":1,\"b\":1}}",
                "{\"a\":1} {}",
                "{\"a\":1}x",
                "{\"a\":1}  ",
                "{\"a\":1}null",
                "null null",
                "{'a':1}",
                "{\"a\":1,}",
                "[1,]",
                "NaN",
                "{\"a\":NaN}",
                "{\"a\":01}",
                "{\"a\":\"\\u00e9\\ud83d\\ude00\"}",
                "{\"a\":\"unterminated}",
                "{\"a\":[{\"b\":null,\"c\":[[],{}]}]}",
                "{\"a\":\"\u0001\"}",
                "/* comment */ {}",
                "{\"a\":tru}",
                "[".repeat(1200) + "]".repeat(1200),
                "{\"a\":".repeat(600) + "1" + "}".repeat(600));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void readsAsTheMapperReads(String text) {
        sameAsTheMapper(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBrokenEncodingsAsTheMapperReads() {
        sameAsTheMapper(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'});
        sameAsTheMapper(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'});
        sameAsTheMapper(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
        sameAsTheMapper(new byte[] {0, 0, 0, '{'});
    }

    @Test
    void readsMutatedRequestBodiesAsTheMapperReads() {
        List<String> bodies = List.of(
                "{\"IdentityPoolId\":\"us-east-1:11111111-2222-3333-4444-555555555555\",\"Roles\":{\"authenticated\":"
                        + "\"arn:aws:iam::123456789012:role/Auth\"},\"RoleMappings\":{\"cognito-idp.us-east-1.amazonaws.com/"
                        + "us-east-1_Abc:client\":{\"Type\":\"Rules\",\"AmbiguousRoleResolution\":\"Deny\",\"RulesConfiguration\":"
                        + "{\"Rules\":[{\"Claim\":\"email\",\"MatchType\":\"Equals\",\"Value\":\"x\",\"RoleARN\":\"arn\"}]}}}}",
                "{\"IdentityPoolId\":\"us-east-1:1\",\"MaxResults\":60,\"HideDisabled\":true,\"NextToken\":null}",
                "{\"AccountId\":\"123456789012\",\"IdentityPoolId\":\"us-east-1:1\",\"Logins\":{\"graph.facebook.com\":\"t\"}}");
        String alphabet = "{}[]\":,0123456789.eE-+ \\u\u00e9truefalsn";
        Random random = new Random(15);
        int compared = 0;
        for (int round = 0; round < 4000; round++) {
            StringBuilder body = new StringBuilder(bodies.get(round % bodies.size()));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && body.length() > 0; e++) {
                int at = random.nextInt(body.length());
                switch (random.nextInt(3)) {
                    case 0 -> body.deleteCharAt(at);
                    case 1 -> body.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> body.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            sameAsTheMapper(body.toString().getBytes(StandardCharsets.UTF_8));
            compared++;
        }
        assertThat(compared).isEqualTo(4000);
    }

    @Test
    void writesTreesAsTheMapperWrites() throws IOException {
        for (String text : texts().toList()) {
            JsonNode tree;
            try {
                tree = Json.MAPPER.readTree(text);
            } catch (IOException refused) {
                continue;
            }
            if (tree == null || tree.isMissingNode()) {
                continue;
            }
            assertThat(new String(RecordCodec.toBytes(tree), StandardCharsets.UTF_8))
                    .as(text)
                    .isEqualTo(new String(Json.MAPPER.writeValueAsBytes(tree), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsJwtPartsAsTheMapperReadsThemIntoAMap() throws IOException {
        for (String text : List.of(
                "{\"sub\":\"u\",\"exp\":1700000000,\"iat\":1.5,\"big\":99999999999999999999,\"n\":7,\"ok\":true,"
                        + "\"none\":null,\"roles\":[\"a\",[1]],\"o\":{\"k\":{}}}",
                "{\"a\":1,\"a\":2}",
                "{\"a\":1} trailing",
                "null")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(JsonTree.readObject(bytes)).as(text).isEqualTo(PLAIN.readValue(bytes, OBJECT));
        }
        for (String refused : List.of("", "[1]", "\"s\"", "{\"a\":", "5")) {
            byte[] bytes = refused.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> PLAIN.readValue(bytes, OBJECT)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> JsonTree.readObject(bytes)).as(refused).isInstanceOf(IOException.class);
        }
    }

    private static void sameAsTheMapper(byte[] body) {
        JsonNode expected;
        try {
            expected = Json.MAPPER.readTree(body);
        } catch (IOException refused) {
            assertThatThrownBy(() -> JsonTree.parse(body))
                    .as("the mapper refused %s", new String(body, StandardCharsets.UTF_8))
                    .isInstanceOf(IOException.class);
            return;
        }
        JsonNode actual;
        try {
            actual = JsonTree.parse(body);
        } catch (IOException e) {
            throw new AssertionError("the mapper read " + new String(body, StandardCharsets.UTF_8) + " but: " + e, e);
        }
        assertThat(classes(actual)).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(classes(expected));
        assertThat(actual).isEqualTo(expected);
    }

    /** The node classes of a tree, depth first: equal trees of other number classes must not pass. */
    private static List<String> classes(JsonNode tree) {
        List<String> out = new ArrayList<>();
        collect(tree, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        out.add(node.getClass().getSimpleName());
        if (node.isContainerNode()) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    out.add(member.getKey());
                    collect(member.getValue(), out);
                }
            } else {
                for (Iterator<JsonNode> items = node.elements(); items.hasNext(); ) {
                    collect(items.next(), out);
                }
            }
        }
    }
}
