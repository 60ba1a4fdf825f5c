package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.Together.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestPools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.TagResourceResponse;
import software.amazon.awssdk.services.cognitoidentity.model.UntagResourceResponse;

/** TagResource, UntagResource and ListTagsForResource through the real SDK, and how they meet IdentityPoolTags. */
@CognitoIdentityFakeTest
class TagsTest {

    private static final String ACCOUNT = CognitoIdentityFake.DEFAULT_ACCOUNT_ID;
    private static final String UNKNOWN_POOL = "us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static final String ARN_FORM =
            "; expected arn:<partition>:cognito-identity:<region>:<account id>:identitypool/<identity pool id>.";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    // ---- Happy paths ---------------------------------------------------------------------------------

    @Test
    void theArnOfAPoolNamesTheFakesPartitionRegionAndAccount() {
        try (CognitoIdentityFake other = CognitoIdentityFake.builder()
                .region("cn-north-1")
                .accountId("210987654321")
                .build()) {
            assertThat(fake.identityPoolArn("us-east-1:0f1e2d3c-aaaa-bbbb-cccc-000000000000"))
                    .isEqualTo("arn:aws:cognito-identity:us-east-1:123456789012:identitypool/"
                            + "us-east-1:0f1e2d3c-aaaa-bbbb-cccc-000000000000");
            assertThat(other.identityPoolArn("cn-north-1:0f1e2d3c-aaaa-bbbb-cccc-000000000000"))
                    .isEqualTo("arn:aws-cn:cognito-identity:cn-north-1:210987654321:identitypool/"
                            + "cn-north-1:0f1e2d3c-aaaa-bbbb-cccc-000000000000");
        }
    }

    @BothClients
    void tagsAddToAndOverwriteTheTagsOfCreateAndDescribeShowsThem(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(Map.of("team", "auth")).create(cognito);
        String arn = fake.identityPoolArn(id);

        TagResourceResponse tagged = cognito.tagResource(
                b -> b.resourceArn(arn).tags(orderedMap("team", "identity", "stage", "test", "owner", "")));

        assertThat(tagged.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(tagged.sdkFields()).isEmpty();
        Map<String, String> expected = Map.of("team", "identity", "stage", "test", "owner", "");
        assertThat(listTags(cognito, arn)).isEqualTo(expected);
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(id)).identityPoolTags())
                .isEqualTo(expected);
    }

    @BothClients
    void untagRemovesTheKeysAndIgnoresKeysThePoolDoesNotHave(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id =
                TestPools.pool("app").tags(Map.of("a", "1", "b", "2", "c", "3")).create(cognito);
        String arn = fake.identityPoolArn(id);

        UntagResourceResponse untagged =
                cognito.untagResource(b -> b.resourceArn(arn).tagKeys("a", "missing", "c"));

        assertThat(untagged.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(listTags(cognito, arn)).isEqualTo(Map.of("b", "2"));
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(id)).identityPoolTags())
                .isEqualTo(Map.of("b", "2"));

        cognito.untagResource(b -> b.resourceArn(arn).tagKeys("nothing", "here"));
        cognito.untagResource(b -> b.resourceArn(arn).tagKeys(List.of()));
        cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of()));
        assertThat(listTags(cognito, arn)).isEqualTo(Map.of("b", "2"));
    }

    @BothClients
    void aPoolWithoutTagsListsAnEmptyMap(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.create(cognito, "app");

        ListTagsForResourceResponse listed = cognito.listTagsForResource(b -> b.resourceArn(fake.identityPoolArn(id)));

        assertThat(listed.hasTags()).as("Tags is printed even when empty").isTrue();
        assertThat(listed.tags()).isEmpty();
    }

    @BothClients
    void updateWithoutTagsKeepsThemAndUpdateWithTagsReplacesThem(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.create(cognito, "app");
        String arn = fake.identityPoolArn(id);
        cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("a", "1", "b", "2")));

        cognito.updateIdentityPool(
                b -> b.identityPoolId(id).identityPoolName("renamed").allowUnauthenticatedIdentities(true));
        assertThat(listTags(cognito, arn)).isEqualTo(Map.of("a", "1", "b", "2"));

        cognito.updateIdentityPool(b -> b.identityPoolId(id)
                .identityPoolName("renamed")
                .allowUnauthenticatedIdentities(true)
                .identityPoolTags(Map.of("c", "3")));
        assertThat(listTags(cognito, arn)).isEqualTo(Map.of("c", "3"));

        cognito.updateIdentityPool(b -> b.identityPoolId(id)
                .identityPoolName("renamed")
                .allowUnauthenticatedIdentities(true)
                .identityPoolTags(Map.of()));
        assertThat(listTags(cognito, arn)).isEmpty();
    }

    @BothClients
    void tagValuesMayStartWithTheReservedPrefix(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String arn = fake.identityPoolArn(TestPools.create(cognito, "app"));

        cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("source", "aws:cloudformation")));

        assertThat(listTags(cognito, arn)).isEqualTo(Map.of("source", "aws:cloudformation"));
    }

    @BothClients
    void aPoolCanHaveFiftyTagsCountedAfterTheMerge(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(tags("k", 0, 45)).create(cognito);
        String arn = fake.identityPoolArn(id);

        cognito.tagResource(b -> b.resourceArn(arn).tags(tags("k", 40, 50)));
        assertThat(listTags(cognito, arn)).hasSize(50);

        cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("k0", "new", "k49", "new")));
        assertThat(listTags(cognito, arn))
                .hasSize(50)
                .containsEntry("k0", "new")
                .containsEntry("k49", "new");
    }

    @BothClients
    void deletingThePoolDeletesItsTags(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(Map.of("a", "1")).create(cognito);
        String arn = fake.identityPoolArn(id);

        cognito.deleteIdentityPool(b -> b.identityPoolId(id));

        String message = "IdentityPool '" + id + "' not found.";
        assertServiceError(
                () -> cognito.listTagsForResource(b -> b.resourceArn(arn)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("b", "2"))),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.untagResource(b -> b.resourceArn(arn).tagKeys("a")),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
    }

    // ---- The resource ARN ----------------------------------------------------------------------------

    @BothClients
    void anArnThatCannotNameAnIdentityPoolIsAnInvalidParameter(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(Map.of("a", "1")).create(cognito);
        List<String> arns = List.of(
                id, // the pool id alone, a mistake seen in the wild
                "not an ARN at all, just text",
                "arn:aws:cognito-identity:us-east-1:" + ACCOUNT, // no resource
                "arn:aws:cognito-idp:us-east-1:" + ACCOUNT + ":userpool/us-east-1_Abc123",
                "arn:aws:cognito-identity:us-east-1:" + ACCOUNT + ":identity/" + id,
                "arn:aws:cognito-identity:us-east-1:" + ACCOUNT + ":identitypool/",
                "arn:aws:cognito-identity:us-east-1:" + ACCOUNT + ":identitypool/us-east-1_Abc123",
                "arn:aws:cognito-identity:us-east-1:" + ACCOUNT + ":identitypool/" + id + "/more",
                "arn:aws:cognito-identity:us-east-1:" + ACCOUNT + ":identitypool/us-east-1:" + "a".repeat(50));

        for (String arn : arns) {
            String message = "Invalid identity pool ARN '" + arn + "'" + ARN_FORM;
            assertRefused(
                    cognito,
                    id,
                    () -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("b", "2"))),
                    InvalidParameterException.class,
                    "InvalidParameterException",
                    message);
            assertRefused(
                    cognito,
                    id,
                    () -> cognito.untagResource(b -> b.resourceArn(arn).tagKeys("a")),
                    InvalidParameterException.class,
                    "InvalidParameterException",
                    message);
            assertRefused(
                    cognito,
                    id,
                    () -> cognito.listTagsForResource(b -> b.resourceArn(arn)),
                    InvalidParameterException.class,
                    "InvalidParameterException",
                    message);
        }
    }

    @BothClients
    void anArnOfAnotherPartitionRegionOrAccountNamesNoPoolOfThisFake(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(Map.of("a", "1")).create(cognito);
        String message = "IdentityPool '" + id + "' not found.";
        List<String> arns = List.of(
                "arn:aws-cn:cognito-identity:us-east-1:" + ACCOUNT + ":identitypool/" + id,
                "arn:aws:cognito-identity:eu-west-1:" + ACCOUNT + ":identitypool/" + id,
                "arn:aws:cognito-identity:us-east-1:210987654321:identitypool/" + id,
                "arn:aws:cognito-identity:us-east-1::identitypool/" + id);

        for (String arn : arns) {
            assertRefused(
                    cognito,
                    id,
                    () -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("b", "2"))),
                    ResourceNotFoundException.class,
                    "ResourceNotFoundException",
                    message);
            assertRefused(
                    cognito,
                    id,
                    () -> cognito.untagResource(b -> b.resourceArn(arn).tagKeys("a")),
                    ResourceNotFoundException.class,
                    "ResourceNotFoundException",
                    message);
            assertRefused(
                    cognito,
                    id,
                    () -> cognito.listTagsForResource(b -> b.resourceArn(arn)),
                    ResourceNotFoundException.class,
                    "ResourceNotFoundException",
                    message);
        }
    }

    @BothClients
    void anArnOfAPoolThatDoesNotExistIsNotFound(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String arn = fake.identityPoolArn(UNKNOWN_POOL);
        String message = "IdentityPool '" + UNKNOWN_POOL + "' not found.";

        assertServiceError(
                () -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("a", "1"))),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.untagResource(b -> b.resourceArn(arn).tagKeys("a")),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.listTagsForResource(b -> b.resourceArn(arn)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    @BothClients
    void theModelConstraintsComeFirst(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(Map.of("a", "1")).create(cognito);
        String arn = fake.identityPoolArn(id);
        String longKey = "k".repeat(129);

        assertRefused(
                cognito,
                id,
                () -> cognito.listTagsForResource(b -> b.resourceArn("arn:aws:short")),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: "
                        + "Value 'arn:aws:short' at 'resourceArn' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 20");
        assertRefused(
                cognito,
                id,
                () -> cognito.tagResource(b -> b.resourceArn(arn)),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: "
                        + "Value null at 'tags' failed to satisfy constraint: Member must not be null");
        assertRefused(
                cognito,
                id,
                () -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of(longKey, "v"))),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: "
                        + "Value '{" + longKey + "=v}' at 'tags' failed to satisfy constraint: "
                        + "Map keys must satisfy constraint: [Member must have length less than or equal to 128, "
                        + "Member must have length greater than or equal to 1]");
        assertRefused(
                cognito,
                id,
                () -> cognito.untagResource(b -> b.resourceArn(arn)),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: "
                        + "Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
    }

    // ---- Reserved keys and the quota -----------------------------------------------------------------

    @BothClients
    void keysWithTheReservedPrefixAreRefusedAndChangeNothing(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(Map.of("a", "1")).create(cognito);
        String arn = fake.identityPoolArn(id);

        assertRefused(
                cognito,
                id,
                () -> cognito.tagResource(b -> b.resourceArn(arn)
                        .tags(orderedMap("b", "2", "aws:cloudformation:stack-name", "s", "AWS:other", "o"))),
                InvalidParameterException.class,
                "InvalidParameterException",
                "Tag key 'aws:cloudformation:stack-name' starts with 'aws:', which is reserved for AWS use.");
        assertRefused(
                cognito,
                id,
                () -> cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of("Aws:x", "o"))),
                InvalidParameterException.class,
                "InvalidParameterException",
                "Tag key 'Aws:x' starts with 'aws:', which is reserved for AWS use.");
        assertRefused(
                cognito,
                id,
                () -> cognito.untagResource(b -> b.resourceArn(arn).tagKeys("a", "aws:x")),
                InvalidParameterException.class,
                "InvalidParameterException",
                "Tag key 'aws:x' starts with 'aws:', which is reserved for AWS use.");
        assertRefused(
                cognito,
                id,
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(id)
                        .identityPoolName("app")
                        .allowUnauthenticatedIdentities(true)
                        .identityPoolTags(Map.of("aws:x", "1"))),
                InvalidParameterException.class,
                "InvalidParameterException",
                "Tag key 'aws:x' starts with 'aws:', which is reserved for AWS use.");
    }

    @BothClients
    void createWithAReservedKeyCreatesNoPool(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        assertServiceError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName("app")
                        .allowUnauthenticatedIdentities(false)
                        .identityPoolTags(Map.of("aws:x", "1"))),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "Tag key 'aws:x' starts with 'aws:', which is reserved for AWS use.");

        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    @BothClients
    void moreThanFiftyTagsAfterTheMergeAreRefusedAndChangeNothing(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.pool("app").tags(tags("k", 0, 45)).create(cognito);
        String arn = fake.identityPoolArn(id);

        assertRefused(
                cognito,
                id,
                () -> cognito.tagResource(b -> b.resourceArn(arn).tags(tags("k", 40, 51))),
                InvalidParameterException.class,
                "InvalidParameterException",
                "An identity pool can have at most 50 tags; this request would give it 51.");
        assertRefused(
                cognito,
                id,
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(id)
                        .identityPoolName("app")
                        .allowUnauthenticatedIdentities(true)
                        .identityPoolTags(tags("u", 0, 51))),
                InvalidParameterException.class,
                "InvalidParameterException",
                "An identity pool can have at most 50 tags; this request would give it 51.");
        assertServiceError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName("other")
                        .allowUnauthenticatedIdentities(false)
                        .identityPoolTags(tags("c", 0, 60))),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "An identity pool can have at most 50 tags; this request would give it 60.");
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .hasSize(1);
    }

    // ---- Concurrency ---------------------------------------------------------------------------------

    @BothClients
    void concurrentTaggingUntaggingAndUpdatesLoseNoTag(ClientKind kind) throws Exception {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = TestPools.create(cognito, "app");
        String arn = fake.identityPoolArn(id);
        int taggers = 7;
        int rounds = 30;
        int kept = 3;

        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < taggers; t++) {
            String prefix = "t" + t + "-";
            // Each tagger adds one key a round and removes the one added `kept` rounds before, so the pool
            // stays under the quota and each tagger's last `kept` keys must survive everybody else's calls.
            tasks.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    int round = i;
                    cognito.tagResource(b -> b.resourceArn(arn).tags(Map.of(prefix + round, "v" + round)));
                    if (round >= kept) {
                        cognito.untagResource(b -> b.resourceArn(arn).tagKeys(prefix + (round - kept)));
                    }
                }
                return null;
            });
        }
        // UpdateIdentityPool without IdentityPoolTags keeps the tags: it must not undo a concurrent tagging.
        tasks.add(() -> {
            for (int i = 0; i < rounds; i++) {
                String name = "name-" + i;
                cognito.updateIdentityPool(
                        b -> b.identityPoolId(id).identityPoolName(name).allowUnauthenticatedIdentities(true));
            }
            return null;
        });
        runTogether(tasks);

        Map<String, String> expected = new LinkedHashMap<>();
        for (int t = 0; t < taggers; t++) {
            for (int i = rounds - kept; i < rounds; i++) {
                expected.put("t" + t + "-" + i, "v" + i);
            }
        }
        assertThat(listTags(cognito, arn)).isEqualTo(expected);
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(id)).identityPoolTags())
                .isEqualTo(expected);
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    private static Map<String, String> listTags(CognitoIdentityClient cognito, String arn) {
        return cognito.listTagsForResource(b -> b.resourceArn(arn)).tags();
    }

    /** Asserts the error, then that the pool's tags are what they were before the call. */
    private void assertRefused(
            CognitoIdentityClient cognito,
            String id,
            ThrowingCallable call,
            Class<? extends software.amazon.awssdk.awscore.exception.AwsServiceException> type,
            String code,
            String message) {
        Map<String, String> before = listTags(cognito, fake.identityPoolArn(id));
        assertServiceError(call, type, 400, code, message);
        assertThat(listTags(cognito, fake.identityPoolArn(id))).isEqualTo(before);
    }

    /** {@code <prefix><from>} to {@code <prefix><to - 1>}, each with the value {@code v<n>}. */
    private static Map<String, String> tags(String prefix, int from, int to) {
        return IntStream.range(from, to)
                .boxed()
                .collect(Collectors.toMap(i -> prefix + i, i -> "v" + i, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
