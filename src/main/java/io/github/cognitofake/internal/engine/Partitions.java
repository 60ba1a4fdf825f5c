package io.github.cognitofake.internal.engine;

import java.util.List;

/**
 * The ARN partition of a region, from the region id alone. The SDK's {@code Region.metadata()} would answer
 * the same, but it loads the metadata of every region and service (some 400 classes, a third of a fake's
 * start-up), which nothing else a fake does needs. The table follows the SDK's partitions; a test checks
 * it against {@code Region.metadata()} for every region the SDK knows.
 */
public final class Partitions {

    private record Prefix(String prefix, String partition) {}

    // Longest prefixes first: us-isob- before us-iso-, us-gov- before us-.
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("us-gov-", "aws-us-gov"),
            new Prefix("us-isob-", "aws-iso-b"),
            new Prefix("us-isof-", "aws-iso-f"),
            new Prefix("us-iso-", "aws-iso"),
            new Prefix("eu-isoe-", "aws-iso-e"),
            new Prefix("eusc-", "aws-eusc"),
            new Prefix("cn-", "aws-cn"));

    private static final String GLOBAL_SUFFIX = "-global";

    private Partitions() {}

    /**
     * @param regionId such as {@code cn-north-1} or {@code aws-us-gov-global}
     * @return the partition id, such as {@code aws-cn}; {@code aws} for regions of no other partition,
     *     unknown ones included (as for regions the SDK has no metadata of)
     */
    public static String of(String regionId) {
        if (regionId.startsWith("aws-") && regionId.endsWith(GLOBAL_SUFFIX)) {
            return regionId.substring(0, regionId.length() - GLOBAL_SUFFIX.length());
        }
        for (Prefix prefix : PREFIXES) {
            if (regionId.startsWith(prefix.prefix())) {
                return prefix.partition();
            }
        }
        return "aws";
    }
}
