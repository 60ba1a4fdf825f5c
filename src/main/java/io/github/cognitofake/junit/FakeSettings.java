package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.FakeOptions;
import io.github.cognitofake.fault.Faults;
import io.github.cognitofake.seed.Fixture;
import io.github.cognitofake.seed.Seed;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything one extension registration asks of its fakes.
 *
 * @param idSeed           the seed of deterministic ids, or null for random ids
 * @param fixtureResources resources named relative to the test class, loaded in order before {@code fixtures}
 * @param seed             run before each test hands out the fake, or null
 * @param faults           default faults set before each test, or null
 * @param strictness       what is checked after each test; {@link Strictness#DEFAULT} reads the run's setting
 * @param journalReport    whether a failed test gets the fake's journal, or null for the run's setting
 */
record FakeSettings(
        FakeOptions options,
        List<String> fixtureResources,
        List<Fixture> fixtures,
        Consumer<Seed> seed,
        Consumer<Faults> faults,
        FakeLifecycle lifecycle,
        Strictness strictness,
        Boolean journalReport) {

    static final long DETERMINISTIC_ID_SEED = 0L;

    FakeSettings {
        Objects.requireNonNull(options, "options");
        fixtureResources = List.copyOf(fixtureResources);
        fixtures = List.copyOf(fixtures);
        Objects.requireNonNull(strictness, "strictness");
    }

    static FakeSettings of(CognitoIdentityFakeTest annotation) {
        // The fake's own builder rejects a bad region or account id here, before any test runs.
        CognitoIdentityFake.Builder fake =
                CognitoIdentityFake.builder().region(annotation.region()).accountId(annotation.accountId());
        if (annotation.deterministicIds()) {
            fake.idSeed(DETERMINISTIC_ID_SEED);
        }
        return new FakeSettings(
                fake.options(),
                List.of(annotation.fixtures()),
                List.of(),
                null,
                null,
                annotation.lifecycle(),
                annotation.strictness(),
                null);
    }

    static FakeSettings defaults() {
        return new FakeSettings(
                FakeOptions.defaults(),
                List.of(),
                List.of(),
                null,
                null,
                FakeLifecycle.PER_TEST,
                Strictness.DEFAULT,
                null);
    }

    /** Idle fakes are shared between tests of equal options only: the options are the recycling key. */
    FakeOptions recycleKey() {
        return options;
    }
}
