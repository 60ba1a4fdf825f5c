package io.github.cognitofake.internal.token;

import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.internal.json.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON Web Token (RFC 7519) in compact form: its header and claims, as the fake reads the tokens a test
 * passes in {@code Logins} and writes the tokens it hands out.
 *
 * <p>Reading never checks a signature: the fake cannot know the keys of the providers a test imitates, and
 * a test must be able to pass tokens minted by any library. Writing signs with RS256 and {@link SigningKey},
 * so that tokens look and parse like the real ones.
 *
 * @param header the JOSE header, in the order it was read or given
 * @param claims the claims, in the order they were read or given; values are what Jackson makes of JSON
 *     (String, Integer/Long/Double, Boolean, List, Map)
 */
public record Jwt(Map<String, Object> header, Map<String, Object> claims) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public Jwt {
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /**
     * Reads a compact JWT: three base64url parts, the first two JSON objects. The signature part is not
     * checked, only that it is base64url.
     *
     * @return empty when {@code token} is not a well-formed JWT
     */
    public static Optional<Jwt> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            DECODER.decode(parts[2]);
            Map<String, Object> header = JsonTree.readObject(DECODER.decode(parts[0]));
            Map<String, Object> claims = JsonTree.readObject(DECODER.decode(parts[1]));
            if (header == null || claims == null) {
                return Optional.empty();
            }
            return Optional.of(new Jwt(header, claims));
        } catch (IllegalArgumentException | java.io.IOException notAJwt) {
            return Optional.empty();
        }
    }

    /** A new token with the RS256 header ({@code kid} of {@link SigningKey}) and these claims. */
    public static Jwt signedWithFakeKey(Map<String, Object> claims) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kid", SigningKey.KEY_ID);
        header.put("alg", "RS256");
        return new Jwt(header, claims);
    }

    /** The compact form, signed with RS256 and {@link SigningKey}. */
    public String encode() {
        String signingInput = part(header) + "." + part(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(SigningKey.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot sign with SHA256withRSA", e);
        }
    }

    /** A string claim, or empty when absent or not a string. */
    public Optional<String> stringClaim(String name) {
        return claims.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    /** A numeric claim such as {@code exp}, in whole seconds, or empty when absent or not a number. */
    public Optional<Long> secondsClaim(String name) {
        return claims.get(name) instanceof Number value ? Optional.of(value.longValue()) : Optional.empty();
    }

    private static String part(Map<String, Object> json) {
        try {
            return ENCODER.encodeToString(RecordCodec.toBytes(json));
        } catch (IllegalArgumentException notJson) {
            throw new IllegalArgumentException("A JWT part must be JSON: " + json, notJson);
        }
    }
}
