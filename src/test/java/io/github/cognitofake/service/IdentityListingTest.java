package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.service.identities.ResolvedIdentity;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.TestPools;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** DescribeIdentity and ListIdentities through the real SDK. */
class IdentityListingTest {

    private static final TestPools.Spec POOL = TestPools.pool("app").guests().facebook("fb-app");

    private static final String UNKNOWN_POOL = "us-east-1:00000000-0000-0000-0000-000000000000";

    private static final TestClock CLOCK = new TestClock(Instant.parse("2024-05-01T12:00:00.250Z"));

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = CognitoIdentityFakeExtension.builder()
            .options(CognitoIdentityFake.builder().clock(CLOCK).options())
            .build();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    private static List<String> guests(CognitoIdentityClient cognito, String poolId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(cognito.getId(b -> b.identityPoolId(poolId)).identityId());
        }
        return ids;
    }

    private static List<String> ids(ListIdentitiesResponse page) {
        return page.identities().stream().map(IdentityDescription::identityId).toList();
    }

    @BothClients
    void describesAnIdentityWithItsProvidersAndDates(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String id = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", "t")))
                .identityId();

        var described = cognito.describeIdentity(b -> b.identityId(id));

        assertThat(described.identityId()).isEqualTo(id);
        assertThat(described.logins()).containsExactly("graph.facebook.com");
        assertThat(described.creationDate()).isEqualTo(CLOCK.instant()).as("milliseconds kept");
        assertThat(described.lastModifiedDate()).isEqualTo(CLOCK.instant());
    }

    @BothClients
    void answersNotFoundForAnUnknownIdentityAndValidatesTheId(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String unknown = "us-east-1:11111111-1111-4111-8111-111111111111";

        assertServiceError(
                () -> cognito.describeIdentity(b -> b.identityId(unknown)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "Identity '" + unknown + "' not found.");
        assertServiceError(
                () -> cognito.describeIdentity(b -> b.identityId("us-east-1_nope")),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "1 validation error detected: Value "
                        + "'us-east-1_nope' at 'identityId' failed to satisfy constraint: Member must satisfy regular "
                        + "expression pattern: [\\w-]+:[0-9a-f-]+");
    }

    @BothClients
    void deletingThePoolDropsItsIdentities(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String id = guests(cognito, poolId, 1).get(0);

        cognito.deleteIdentityPool(b -> b.identityPoolId(poolId));

        assertServiceError(
                () -> cognito.describeIdentity(b -> b.identityId(id)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "Identity '" + id + "' not found.");
        assertThat(EngineAccess.of(fake).service().pools().findIdentity(id)).isEmpty();
    }

    @BothClients
    void pagesThroughEveryIdentityOnceInCreationOrder(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        List<String> created = guests(cognito, poolId, 5);
        guests(cognito, POOL.create(cognito), 2); // another pool's identities never show

        ListIdentitiesResponse first =
                cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(2));
        ListIdentitiesResponse second = cognito.listIdentities(
                b -> b.identityPoolId(poolId).maxResults(2).nextToken(first.nextToken()));
        ListIdentitiesResponse third = cognito.listIdentities(
                b -> b.identityPoolId(poolId).maxResults(2).nextToken(second.nextToken()));

        assertThat(first.identityPoolId()).isEqualTo(poolId);
        assertThat(ids(first)).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(ids(second)).containsExactlyElementsOf(created.subList(2, 4));
        assertThat(ids(third)).containsExactlyElementsOf(created.subList(4, 5));
        assertThat(third.nextToken()).isNull();
    }

    @BothClients
    void hidesDisabledIdentitiesOnlyWhenAsked(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        List<String> created = guests(cognito, poolId, 3);
        String owner = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("graph.facebook.com", "ann")))
                .identityId();
        // A guest that logs in with a login of another identity is merged into it and disabled.
        ResolvedIdentity merged = EngineAccess.of(fake)
                .service()
                .identities()
                .resolve(created.get(1), Map.of("graph.facebook.com", "ann"));
        assertThat(merged.identity().identityId()).isEqualTo(owner);

        ListIdentitiesResponse all =
                cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(60));
        ListIdentitiesResponse enabled = cognito.listIdentities(
                b -> b.identityPoolId(poolId).maxResults(60).hideDisabled(true));
        ListIdentitiesResponse firstEnabled = cognito.listIdentities(
                b -> b.identityPoolId(poolId).maxResults(1).hideDisabled(true));
        ListIdentitiesResponse nextEnabled = cognito.listIdentities(
                b -> b.identityPoolId(poolId).maxResults(1).hideDisabled(true).nextToken(firstEnabled.nextToken()));

        assertThat(ids(all)).containsExactly(created.get(0), created.get(1), created.get(2), owner);
        assertThat(ids(enabled)).containsExactly(created.get(0), created.get(2), owner);
        assertThat(ids(firstEnabled)).containsExactly(created.get(0));
        assertThat(ids(nextEnabled)).as("the disabled one is skipped").containsExactly(created.get(2));
    }

    @BothClients
    void refusesUnknownPoolsForeignTokensAndBadLimits(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String otherPool = POOL.create(cognito);
        guests(cognito, poolId, 2);
        guests(cognito, otherPool, 2);
        String otherToken = cognito.listIdentities(
                        b -> b.identityPoolId(otherPool).maxResults(1))
                .nextToken();

        assertServiceError(
                () -> cognito.listIdentities(b -> b.identityPoolId(UNKNOWN_POOL).maxResults(5)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL + "' not found.");
        assertServiceError(
                () -> cognito.listIdentities(
                        b -> b.identityPoolId(poolId).maxResults(5).nextToken(otherToken)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "The pagination token is invalid.");
        assertServiceError(
                () -> cognito.listIdentities(
                        b -> b.identityPoolId(poolId).maxResults(5).nextToken("garbage")),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "The pagination token is invalid.");
        assertServiceError(
                () -> cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(61)),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "1 validation error detected: Value '61' "
                        + "at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60");
        assertThat(cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(60))
                        .identities())
                .hasSize(2);
    }
}
