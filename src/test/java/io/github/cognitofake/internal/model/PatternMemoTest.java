package io.github.cognitofake.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Shape#matchesPattern} keeps its latest answers: they must be the pattern's own answers, whatever mix of
 * repeated, new, matching, failing and long values comes, and however many.
 */
class PatternMemoTest {

    private static final Shape POOL_ID = ServiceModel.cognitoIdentity().shape("IdentityPoolId");
    private static final Pattern SAME = Pattern.compile(POOL_ID.pattern().orElseThrow());

    @Test
    void answersAsThePatternForRepeatedNewAndLongValues() {
        Random random = new Random(7);
        String[] alphabet = {"us-east-1", ":", "0", "f", "-", "g", " ", "\u00e9", "_"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            int parts = random.nextInt(i % 100 == 0 ? 200 : 6);
            for (int p = 0; p < parts; p++) {
                value.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = random.nextInt(3) == 0 ? "us-east-1:" + (i % 50) : value.toString();
            assertThat(POOL_ID.matchesPattern(text))
                    .as(text)
                    .isEqualTo(SAME.matcher(text).matches());
            // asked again: the remembered answer
            assertThat(POOL_ID.matchesPattern(new String(text)))
                    .as(text)
                    .isEqualTo(SAME.matcher(text).matches());
        }
    }
}
