package io.github.cognitofake.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs example test classes on the Jupiter engine, as a user's build would, and reports what happened. */
final class Kit {

    private Kit() {}

    static EngineExecutionResults run(Class<?> testClass) {
        return run(testClass, Map.of());
    }

    static EngineExecutionResults run(Class<?> testClass, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(configuration)
                .selectors(selectClass(testClass))
                .execute();
    }

    /** Asserts that exactly {@code tests} tests ran and all passed, showing every failure otherwise. */
    static void assertAllPassed(EngineExecutionResults results, int tests) {
        String failures = results.allEvents()
                .filter(event -> event.getType() == EventType.FINISHED)
                .filter(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .map(result -> result.getThrowable().isPresent())
                        .orElse(false))
                .map(Kit::describe)
                .collect(Collectors.joining("\n"));
        assertThat(failures).as("failures").isEmpty();
        assertThat(results.testEvents().succeeded().count()).as("tests passed").isEqualTo(tests);
    }

    /** The message of the one failure of the run, of a test or of a container. */
    static String onlyFailure(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                        .orElseThrow())
                .map(Throwable::getMessage)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static String describe(Event event) {
        Throwable thrown = event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .orElseThrow();
        return event.getTestDescriptor().getDisplayName() + ": " + thrown;
    }
}
