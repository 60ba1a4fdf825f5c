package io.github.cognitofake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Proves which JUnit line a surefire execution runs the extension's tests on (see pom.xml). */
class JunitLineTest {

    @Test
    void runsOnTheJupiterVersionTheBuildAskedFor() {
        String expected = System.getProperty("expected.junit.version");
        assertThat(expected).as("set by pom.xml").isNotBlank();
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(expected);
        assertThat(org.junit.jupiter.engine.JupiterTestEngine.class.getPackage().getImplementationVersion())
                .isEqualTo(expected);
    }
}
