package io.github.cognitofake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cognitofake.internal.engine.SdkSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** Proves which AWS SDK a test execution runs on (pom.xml: surefire, failsafe sdk-oldest and sdk-newest). */
class SdkLineTest {

    @Test
    void runsOnTheSdkVersionTheBuildAskedFor() {
        String expected = System.getProperty("expected.sdk.version");
        assertThat(expected).as("set by pom.xml").isNotBlank();
        assertThat(SdkSupport.version()).isEqualTo(expected);
        assertThat(CognitoIdentityClient.class.getPackage().getImplementationVersion())
                .isIn(expected, null);
    }

    @Test
    void theOldestSdkTheBuildTestsIsTheMinimumTheLibraryStates() {
        String oldest = System.getProperty("oldest.sdk.version");
        assumeTrue(oldest != null, "set by pom.xml for surefire only");
        assertThat(SdkSupport.MINIMUM_VERSION).isEqualTo(oldest);
    }
}
