package io.github.cognitofake.testing;

import io.github.cognitofake.internal.token.Jwt;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mints provider tokens for tests: JWTs the fake reads, signed with the fake's key. */
public final class TestTokens {

    /** A moment far ahead of any test clock, so tokens made with it never expire. */
    public static final long FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    private TestTokens() {}

    /** A compact JWT with exactly these claims. */
    public static String jwt(Map<String, Object> claims) {
        return Jwt.signedWithFakeKey(claims).encode();
    }

    /** A user pool ID token: issuer of the pool, audience the app client, the given subject. */
    public static String idToken(String userPoolProvider, String clientId, String sub) {
        return jwt(claims("https://" + userPoolProvider, clientId, sub));
    }

    /** Claims with iss, aud, sub, exp far ahead and token_use id; add or remove as a test needs. */
    public static Map<String, Object> claims(String issuer, String audience, String sub) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", sub);
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("token_use", "id");
        claims.put("exp", FAR_FUTURE);
        return claims;
    }
}
