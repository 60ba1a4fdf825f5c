package io.github.cognitofake.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SdkSupportTest {

    @Test
    void comparesDottedVersions() {
        assertThat(SdkSupport.atLeast("2.18.0", "2.18.0")).isTrue();
        assertThat(SdkSupport.atLeast("2.55.6", "2.18.0")).isTrue();
        assertThat(SdkSupport.atLeast("2.18.10", "2.18.9")).isTrue();
        assertThat(SdkSupport.atLeast("3.0.0", "2.28.1")).isTrue();
        assertThat(SdkSupport.atLeast("2.28.1-SNAPSHOT", "2.28.1")).isTrue();
        assertThat(SdkSupport.atLeast("2.17.295", "2.18.0")).isFalse();
        assertThat(SdkSupport.atLeast("2.28.0", "2.28.1")).isFalse();
        assertThat(SdkSupport.atLeast("unknown", "2.18.0")).isFalse();
    }

    @Test
    void anOlderSdkIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> SdkSupport.requireAtLeast("2.17.0", "2.18.0", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cognito-identity-fake needs AWS SDK for Java v2 >= 2.18.0; found 2.17.0. Manage"
                        + " software.amazon.awssdk:bom (or the SDK modules) at 2.18.0 or later in your build.");
    }

    @Test
    void theSdkOfThisRunIsSupported() {
        SdkSupport.requireSupportedSdk();
        assertThat(SdkSupport.version()).matches("2\\.\\d+\\.\\d+");
    }
}
