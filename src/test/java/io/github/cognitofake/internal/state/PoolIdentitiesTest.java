package io.github.cognitofake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Pages of a pool's identities, with and without the disabled ones, through every kind of change. */
class PoolIdentitiesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final PoolIdentities identities = new PoolIdentities("us-east-1:pool", new ConcurrentHashMap<>());
    private final AtomicInteger ids = new AtomicInteger();

    private String create(String user) {
        return identities
                .change(changes -> changes.create(
                        () -> "us-east-1:id-" + ids.incrementAndGet(), Map.of("provider-" + user, user), NOW))
                .orElseThrow()
                .identityId();
    }

    /** Every identity of a walk with pages of {@code size}, resuming after the last of each page. */
    private List<String> walk(int size, boolean hideDisabled) {
        List<String> seen = new ArrayList<>();
        long after = 0;
        while (true) {
            PoolIdentities.Page page = identities.page(after, size, hideDisabled);
            page.identities().forEach(identity -> seen.add(identity.identityId()));
            if (!page.more()) {
                return seen;
            }
            after = page.identities().get(page.identities().size() - 1).sequence();
        }
    }

    @Test
    void hidingDisabledIdentitiesFollowsDisablingMergingReEnablingAndDeleting() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            created.add(create("user-" + i));
        }
        identities.change(changes -> changes.setDisabled(created.get(1), true, NOW));
        identities.change(changes -> changes.setDisabled(created.get(2), true, NOW));
        identities.change(changes -> changes.setDisabled(created.get(2), false, NOW));
        identities.change(changes -> changes.merge(created.get(3), created.get(4), NOW)); // disables the source
        identities.change(changes -> changes.setDisabled(created.get(5), true, NOW));
        identities.change(changes -> changes.delete(created.get(5)));
        identities.change(changes -> changes.delete(created.get(6)));

        List<String> enabled = List.of(created.get(0), created.get(2), created.get(4), created.get(7));
        List<String> all =
                List.of(created.get(0), created.get(1), created.get(2), created.get(3), created.get(4), created.get(7));
        for (int size : new int[] {1, 2, 3, 60}) {
            assertThat(walk(size, true)).as("pages of %d", size).containsExactlyElementsOf(enabled);
            assertThat(walk(size, false)).as("pages of %d", size).containsExactlyElementsOf(all);
        }
    }

    @Test
    void aPageResumesAfterItsTokenWhateverWasDisabledInBetween() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add(create("user-" + i));
        }
        PoolIdentities.Page first = identities.page(0, 1, true);
        assertThat(first.identities()).extracting(Identity::identityId).containsExactly(created.get(0));
        identities.change(changes -> changes.setDisabled(created.get(1), true, NOW));
        PoolIdentities.Page second = identities.page(first.identities().get(0).sequence(), 1, true);
        assertThat(second.identities()).extracting(Identity::identityId).containsExactly(created.get(2));
        assertThat(second.more()).isTrue();
    }
}
