package io.github.cognitofake.internal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JwtTest {

    @Test
    void readsWhatItWrites() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "alice");
        claims.put("exp", 1_900_000_000L);
        claims.put("cognito:groups", List.of("admins", "users"));
        String token = Jwt.signedWithFakeKey(claims).encode();

        Jwt read = Jwt.read(token).orElseThrow();

        assertThat(read.header()).containsEntry("alg", "RS256").containsEntry("kid", SigningKey.KEY_ID);
        assertThat(read.stringClaim("sub")).contains("alice");
        assertThat(read.secondsClaim("exp")).contains(1_900_000_000L);
        assertThat(read.claims().get("cognito:groups")).isEqualTo(List.of("admins", "users"));
        assertThat(read.stringClaim("exp")).isEmpty();
        assertThat(read.secondsClaim("sub")).isEmpty();
    }

    @Test
    void writesAnyNumberAndRefusesWhatIsNotJson() {
        Jwt read = Jwt.read(
                        Jwt.signedWithFakeKey(Map.of("n", new AtomicLong(5))).encode())
                .orElseThrow();
        assertThat(read.claims()).containsEntry("n", 5);
        assertThatThrownBy(() ->
                        Jwt.signedWithFakeKey(Map.of("when", Instant.EPOCH)).encode())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A JWT part must be JSON: {when=1970-01-01T00:00:00Z}");
    }

    @Test
    void signsWithTheKeyItPublishes() throws Exception {
        String token = Jwt.signedWithFakeKey(Map.of("sub", "bob")).encode();
        int lastDot = token.lastIndexOf('.');

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(SigningKey.publicKey());
        verifier.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));

        assertThat(verifier.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1))))
                .isTrue();
        assertThat(SigningKey.jwks().toString()).contains(SigningKey.KEY_ID);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "abc",
                "a.b",
                "a.b.c.d",
                ".e30.",
                "e30..",
                "e30.e30.!!",
                "bm90IGpzb24.e30.",
                "e30.WzFd.",
                "e30.bnVsbA.",
                "e30.e30"
            })
    void refusesWhatIsNotAJwt(String token) {
        assertThat(Jwt.read(token)).isEmpty();
    }

    @Test
    void acceptsAnUnsignedTokenBecauseSignaturesAreNotChecked() {
        assertThat(Jwt.read("e30.eyJzdWIiOiJ4In0."))
                .get()
                .extracting(jwt -> jwt.stringClaim("sub").orElseThrow())
                .isEqualTo("x");
    }
}
