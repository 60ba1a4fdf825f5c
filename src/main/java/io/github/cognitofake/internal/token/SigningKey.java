package io.github.cognitofake.internal.token;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RSA key the fake signs its tokens with: one per JVM, made on first use, because generating a
 * 2048-bit key takes tens of milliseconds and a test suite creates a fake per test.
 */
public final class SigningKey {

    /** The {@code kid} of every token the fake signs. */
    public static final String KEY_ID = "cognito-identity-fake-1";

    private SigningKey() {}

    public static PrivateKey privateKey() {
        return Holder.PAIR.getPrivate();
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) Holder.PAIR.getPublic();
    }

    /** The public key as a JSON Web Key Set, for a test that verifies the fake's tokens with a JWT library. */
    public static Map<String, Object> jwks() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("kty", "RSA");
        key.put("alg", "RS256");
        key.put("use", "sig");
        key.put("kid", KEY_ID);
        key.put("n", encoder.encodeToString(unsigned(publicKey().getModulus())));
        key.put("e", encoder.encodeToString(unsigned(publicKey().getPublicExponent())));
        return Map.of("keys", java.util.List.of(key));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            return java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return bytes;
    }

    private static final class Holder {
        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The JDK cannot generate RSA keys", e);
            }
        }
    }
}
