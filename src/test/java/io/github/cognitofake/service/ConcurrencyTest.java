package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static io.github.cognitofake.testing.Together.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;

/**
 * Many threads on one fake, through the synchronous and through the asynchronous client: no lost
 * creation, no torn read, no lost update, and a deleted pool is either whole or gone.
 */
@CognitoIdentityFakeTest
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final String ROLE_PREFIX = "arn:aws:iam::123456789012:role/";
    private static final Pattern AUTH_ROLE = Pattern.compile(Pattern.quote(ROLE_PREFIX) + "Auth-(\\d+)");
    private static final Pattern NAME = Pattern.compile("name-(\\d+)");

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void concurrentCreatesGetDistinctIdsAndAreAllListed(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        int perThread = 25;
        Map<Integer, List<String>> idsByThread = new ConcurrentHashMap<>();

        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            tasks.add(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    String name = "t" + thread + "-" + i;
                    ids.add(TestPools.create(cognito, name));
                }
                idsByThread.put(thread, ids);
                return null;
            });
        }
        runTogether(tasks);

        List<String> created =
                idsByThread.values().stream().flatMap(List::stream).toList();
        assertThat(created).hasSize(THREADS * perThread).doesNotHaveDuplicates();
        List<IdentityPoolShortDescription> listed = listAll(cognito);
        assertThat(listed)
                .extracting(IdentityPoolShortDescription::identityPoolId)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(created);
        List<String> listedIds = listed.stream()
                .map(IdentityPoolShortDescription::identityPoolId)
                .toList();
        for (Map.Entry<Integer, List<String>> own : idsByThread.entrySet()) {
            assertThat(listedIds.stream().filter(own.getValue()::contains).toList())
                    .as("thread %s's pools in the order it created them", own.getKey())
                    .containsExactlyElementsOf(own.getValue());
        }
    }

    @BothClients
    void readersSeeOneWritersCompleteVersionOfTheRoles(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithFacebook(cognito, "roles");
        setVersion(cognito, id, 0);
        int writers = 4;
        int writes = 50;
        int reads = 100;
        Set<Integer> seen = ConcurrentHashMap.newKeySet();

        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 1; w <= writers; w++) {
            int writer = w;
            tasks.add(() -> {
                for (int i = 1; i <= writes; i++) {
                    setVersion(cognito, id, writer * 1000 + i);
                }
                return null;
            });
        }
        for (int r = 0; r < THREADS - writers; r++) {
            tasks.add(() -> {
                for (int i = 0; i < reads; i++) {
                    seen.add(assertCompleteVersion(cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)), id));
                }
                return null;
            });
        }
        runTogether(tasks);

        int last = assertCompleteVersion(cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)), id);
        assertThat(last % 1000)
                .as("the final version is some writer's last write")
                .isEqualTo(writes);
        assertThat(seen).isNotEmpty();
    }

    @BothClients
    void concurrentUpdateAndSetIdentityPoolRolesLoseNoUpdate(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = createPoolWithFacebook(cognito, "name-0");
        setVersion(cognito, id, 0);
        int writes = 40;
        int reads = 60;
        AtomicInteger lostUpdates = new AtomicInteger();
        AtomicInteger lostRoles = new AtomicInteger();

        List<Callable<Void>> tasks = new ArrayList<>();
        // Only this thread changes the pool's configuration: right after each update it must read its own write.
        tasks.add(() -> {
            for (int i = 1; i <= writes; i++) {
                String name = "name-" + i;
                cognito.updateIdentityPool(b -> b.identityPoolId(id)
                        .identityPoolName(name)
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(Map.of(FACEBOOK, "123456789012345"))
                        .identityPoolTags(Map.of("version", name)));
                if (!name.equals(
                        cognito.describeIdentityPool(b -> b.identityPoolId(id)).identityPoolName())) {
                    lostUpdates.incrementAndGet();
                }
            }
            return null;
        });
        // Only this thread changes the roles: right after each set it must read its own write.
        tasks.add(() -> {
            for (int i = 1; i <= writes; i++) {
                setVersion(cognito, id, i);
                if (assertCompleteVersion(cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)), id) != i) {
                    lostRoles.incrementAndGet();
                }
            }
            return null;
        });
        // Both versions only ever grow, so a reader that sees one go back saw a lost (then repaired) update.
        for (int r = 0; r < THREADS - 2; r++) {
            tasks.add(() -> {
                int lastName = 0;
                int lastRoles = 0;
                for (int i = 0; i < reads; i++) {
                    DescribeIdentityPoolResponse pool = cognito.describeIdentityPool(b -> b.identityPoolId(id));
                    int name = number(NAME, pool.identityPoolName());
                    assertThat(pool.identityPoolTags())
                            .as("a described pool is one version")
                            .isEqualTo(name == 0 ? Map.of() : Map.of("version", pool.identityPoolName()));
                    assertThat(name).as("pool version").isGreaterThanOrEqualTo(lastName);
                    lastName = name;
                    int roles = assertCompleteVersion(cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)), id);
                    assertThat(roles).as("roles version").isGreaterThanOrEqualTo(lastRoles);
                    lastRoles = roles;
                }
                return null;
            });
        }
        runTogether(tasks);

        assertThat(lostUpdates)
                .as("updates undone by a concurrent SetIdentityPoolRoles")
                .hasValue(0);
        assertThat(lostRoles)
                .as("roles undone by a concurrent UpdateIdentityPool")
                .hasValue(0);
        DescribeIdentityPoolResponse pool = cognito.describeIdentityPool(b -> b.identityPoolId(id));
        assertThat(pool.identityPoolName()).isEqualTo("name-" + writes);
        assertThat(pool.identityPoolTags()).isEqualTo(Map.of("version", "name-" + writes));
        assertThat(assertCompleteVersion(cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)), id))
                .isEqualTo(writes);
    }

    @BothClients
    void aPoolBeingDeletedIsEitherWholeOrGone(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        int poolCount = 32;
        int rounds = 3;
        List<String> ids = new ArrayList<>();
        Map<String, Integer> versions = new ConcurrentHashMap<>();
        for (int k = 1; k <= poolCount; k++) {
            String id = createPoolWithFacebook(cognito, "name-" + k);
            setVersion(cognito, id, k);
            ids.add(id);
            versions.put(id, k);
        }
        Map<String, AtomicInteger> deletions = new ConcurrentHashMap<>();
        AtomicInteger refusedDeletes = new AtomicInteger();

        List<Callable<Void>> tasks = new ArrayList<>();
        // Two deleters race for every pool in the same order: each pool is deleted exactly once.
        for (int d = 0; d < 2; d++) {
            tasks.add(() -> {
                for (int i = 0; i < poolCount; i++) {
                    String id = ids.get(i);
                    try {
                        cognito.deleteIdentityPool(b -> b.identityPoolId(id));
                        deletions.computeIfAbsent(id, x -> new AtomicInteger()).incrementAndGet();
                    } catch (ResourceNotFoundException gone) {
                        assertNotFound(gone, id);
                        refusedDeletes.incrementAndGet();
                    }
                }
                return null;
            });
        }
        for (int r = 0; r < THREADS - 2; r++) {
            int reader = r;
            tasks.add(() -> {
                Set<String> gone = new HashSet<>();
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < poolCount; i++) {
                        String id = ids.get((i + reader * 7) % poolCount);
                        int version = versions.get(id);
                        try {
                            if ((i + round) % 2 == 0) {
                                assertThat(assertCompleteVersion(
                                                cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)), id))
                                        .isEqualTo(version);
                            } else {
                                DescribeIdentityPoolResponse pool =
                                        cognito.describeIdentityPool(b -> b.identityPoolId(id));
                                assertThat(pool.identityPoolId()).isEqualTo(id);
                                assertThat(pool.identityPoolName()).isEqualTo("name-" + version);
                                assertThat(pool.supportedLoginProviders()).containsOnlyKeys(FACEBOOK);
                            }
                            assertThat(gone).as("a deleted pool came back").doesNotContain(id);
                        } catch (ResourceNotFoundException notFound) {
                            assertNotFound(notFound, id);
                            gone.add(id);
                        }
                    }
                }
                return null;
            });
        }
        runTogether(tasks);

        assertThat(deletions).hasSize(poolCount);
        assertThat(deletions.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(refusedDeletes).hasValue(poolCount);
        assertThat(listAll(cognito)).isEmpty();
        for (String id : ids) {
            assertServiceError(
                    () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)),
                    ResourceNotFoundException.class,
                    400,
                    "ResourceNotFoundException",
                    "IdentityPool '" + id + "' not found.");
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    private static String createPoolWithFacebook(CognitoIdentityClient cognito, String name) {
        return cognito.createIdentityPool(b -> b.identityPoolName(name)
                        .allowUnauthenticatedIdentities(true)
                        .supportedLoginProviders(Map.of(FACEBOOK, "123456789012345")))
                .identityPoolId();
    }

    /** Version {@code n}: both roles name {@code n}, and the mapping's resolution follows the parity of {@code n}. */
    private static void setVersion(CognitoIdentityClient cognito, String id, int n) {
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(id)
                .roles(Map.of(
                        "authenticated", ROLE_PREFIX + "Auth-" + n, "unauthenticated", ROLE_PREFIX + "Guest-" + n))
                .roleMappings(Map.of(
                        FACEBOOK,
                        RoleMapping.builder()
                                .type(RoleMappingType.TOKEN)
                                .ambiguousRoleResolution(resolution(n))
                                .build())));
    }

    private static AmbiguousRoleResolutionType resolution(int n) {
        return n % 2 == 0 ? AmbiguousRoleResolutionType.AUTHENTICATED_ROLE : AmbiguousRoleResolutionType.DENY;
    }

    /** Asserts that the answer is one complete version written by {@link #setVersion}, and returns its number. */
    private static int assertCompleteVersion(GetIdentityPoolRolesResponse roles, String id) {
        assertThat(roles.identityPoolId()).isEqualTo(id);
        int n = number(AUTH_ROLE, roles.roles().get("authenticated"));
        assertThat(roles.roles())
                .as("roles of version %s", n)
                .isEqualTo(Map.of(
                        "authenticated", ROLE_PREFIX + "Auth-" + n, "unauthenticated", ROLE_PREFIX + "Guest-" + n));
        assertThat(roles.roleMappings())
                .as("mappings of version %s", n)
                .isEqualTo(Map.of(
                        FACEBOOK,
                        RoleMapping.builder()
                                .type(RoleMappingType.TOKEN)
                                .ambiguousRoleResolution(resolution(n))
                                .build()));
        return n;
    }

    private static int number(Pattern pattern, String value) {
        assertThat(value).matches(pattern);
        Matcher matcher = pattern.matcher(value);
        assertThat(matcher.matches()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static void assertNotFound(ResourceNotFoundException error, String id) {
        assertServiceError(
                () -> {
                    throw error;
                },
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + id + "' not found.");
    }

    private static List<IdentityPoolShortDescription> listAll(CognitoIdentityClient cognito) {
        List<IdentityPoolShortDescription> all = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListIdentityPoolsResponse page =
                    cognito.listIdentityPools(b -> b.maxResults(60).nextToken(next));
            all.addAll(page.identityPools());
            token = page.nextToken();
        } while (token != null);
        return all;
    }
}
