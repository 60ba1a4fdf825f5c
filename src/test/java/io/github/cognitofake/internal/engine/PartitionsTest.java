package io.github.cognitofake.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class PartitionsTest {

    @Test
    void everyRegionOfTheSdkIsInThePartitionItsMetadataNames() {
        assertThat(Region.regions()).hasSizeGreaterThan(30);
        for (Region region : Region.regions()) {
            String expected = region.metadata() == null
                    ? "aws"
                    : region.metadata().partition().id();
            assertThat(Partitions.of(region.id())).as(region.id()).isEqualTo(expected);
        }
    }

    @Test
    void regionsTheSdkDoesNotKnowFollowTheirPrefix() {
        assertThat(Partitions.of("xx-test-1")).isEqualTo("aws");
        assertThat(Partitions.of("cn-south-9")).isEqualTo("aws-cn");
        assertThat(Partitions.of("us-gov-north-7")).isEqualTo("aws-us-gov");
        assertThat(Partitions.of("us-isob-north-3")).isEqualTo("aws-iso-b");
    }
}
