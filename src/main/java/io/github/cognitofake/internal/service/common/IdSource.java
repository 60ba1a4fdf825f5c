package io.github.cognitofake.internal.service.common;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the UUIDs inside resource ids. Seeded, it makes the same ids for the same sequence of
 * creations, so a test can hard-code them; unseeded, ids are random like the service's.
 */
public final class IdSource {

    private final Random seeded;
    private final long seed;

    private IdSource(Random seeded, long seed) {
        this.seeded = seeded;
        this.seed = seed;
    }

    public static IdSource random() {
        return new IdSource(null, 0);
    }

    public static IdSource seeded(long seed) {
        return new IdSource(new Random(seed), seed);
    }

    /** Starts a seeded sequence over, so a reset fake hands out the same ids as a new one. */
    public void restart() {
        if (seeded != null) {
            synchronized (seeded) {
                seeded.setSeed(seed);
            }
        }
    }

    /**
     * An independent source for another kind of value (such as credentials), so that drawing from it
     * never shifts the ids this source makes. Seeded when this one is, from the same seed and the purpose.
     */
    public IdSource derived(String purpose) {
        return seeded == null ? random() : seeded(seed * 31 + purpose.hashCode());
    }

    /** Fills {@code bytes} with random bytes, from the seeded sequence when there is one. */
    public void nextBytes(byte[] bytes) {
        if (seeded == null) {
            ThreadLocalRandom.current().nextBytes(bytes);
        } else {
            synchronized (seeded) {
                seeded.nextBytes(bytes);
            }
        }
    }

    /**
     * {@code count} random characters of a 64-character alphabet, six random bits each: what base64 of random
     * bytes looks like, without drawing the bytes and encoding them (for the 840 characters of a session token
     * that was most of issuing credentials).
     */
    public String chars(int count, byte[] alphabet) {
        if (alphabet.length != 64) {
            throw new IllegalArgumentException("an alphabet of 64 characters");
        }
        byte[] text = new byte[count];
        if (seeded == null) {
            fill(text, alphabet, ThreadLocalRandom.current());
        } else {
            synchronized (seeded) {
                fill(text, alphabet, seeded);
            }
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void fill(byte[] text, byte[] alphabet, Random random) {
        long bits = 0;
        int left = 0;
        for (int i = 0; i < text.length; i++) {
            if (left == 0) {
                bits = random.nextLong();
                left = 10; // ten characters of six bits in a long
            }
            text[i] = alphabet[(int) (bits & 63)];
            bits >>>= 6;
            left--;
        }
    }

    /** A version 4 UUID, lower case, as the service prints them. */
    public String uuid() {
        long high;
        long low;
        if (seeded == null) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            high = random.nextLong();
            low = random.nextLong();
        } else {
            synchronized (seeded) {
                high = seeded.nextLong();
                low = seeded.nextLong();
            }
        }
        high = (high & ~0xF000L) | 0x4000L; // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
