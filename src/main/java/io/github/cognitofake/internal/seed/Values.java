package io.github.cognitofake.internal.seed;

/** Turns the SDK's enum constants the seeding DSL takes into the strings the service receives. */
final class Values {

    private Values() {}

    /**
     * The wire value of an SDK enum constant; null stays null for the service to report as missing.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}, which has no wire value to send
     */
    static String wireName(Enum<?> constant, String member) {
        if (constant == null) {
            return null;
        }
        if ("UNKNOWN_TO_SDK_VERSION".equals(constant.name())) {
            throw new IllegalArgumentException(member + " UNKNOWN_TO_SDK_VERSION is what the SDK reads for a value"
                    + " it does not know; seed one of the other constants.");
        }
        return constant.toString();
    }
}
