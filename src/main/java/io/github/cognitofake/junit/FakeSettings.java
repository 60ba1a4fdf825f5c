package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.fault.Faults;
import io.github.cognitofake.seed.Fixture;
import io.github.cognitofake.seed.Seed;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything one extension registration asks of its fakes.
 *
 * @param idSeed           the seed of deterministic ids, or null for random ids
 * @param fixtureResources resources named relative to the test class, loaded in order before {@code fixtures}
 * @param seed             run before each test hands out the fake, or null
 * @param faults           default faults set before each test, or null
 */
record FakeSettings(
        String region,
        String accountId,
        Long idSeed,
        List<String> fixtureResources,
        List<Fixture> fixtures,
        Consumer<Seed> seed,
        Consumer<Faults> faults,
        FakeLifecycle lifecycle) {

    /** The seed of {@link CognitoIdentityFakeTest#deterministicIds()}. */
    static final long DETERMINISTIC_ID_SEED = 0L;

    FakeSettings {
        fixtureResources = List.copyOf(fixtureResources);
        fixtures = List.copyOf(fixtures);
        newFakeBuilder(region, accountId, idSeed); // rejects a bad region or account id before any test runs
    }

    static FakeSettings of(CognitoIdentityFakeTest annotation) {
        return new FakeSettings(
                annotation.region(),
                annotation.accountId(),
                annotation.deterministicIds() ? DETERMINISTIC_ID_SEED : null,
                List.of(annotation.fixtures()),
                List.of(),
                null,
                null,
                annotation.lifecycle());
    }

    static FakeSettings defaults() {
        return new FakeSettings(
                "us-east-1",
                CognitoIdentityFake.DEFAULT_ACCOUNT_ID,
                null,
                List.of(),
                List.of(),
                null,
                null,
                FakeLifecycle.PER_TEST);
    }

    /** What makes two fakes interchangeable once reset: idle fakes are kept per key. */
    RecycleKey recycleKey() {
        return new RecycleKey(region, accountId, idSeed);
    }

    record RecycleKey(String region, String accountId, Long idSeed) {

        CognitoIdentityFake newFake() {
            return newFakeBuilder(region, accountId, idSeed).build();
        }
    }

    private static CognitoIdentityFake.Builder newFakeBuilder(String region, String accountId, Long idSeed) {
        CognitoIdentityFake.Builder builder =
                CognitoIdentityFake.builder().region(region).accountId(accountId);
        if (idSeed != null) {
            builder.idSeed(idSeed);
        }
        return builder;
    }
}
