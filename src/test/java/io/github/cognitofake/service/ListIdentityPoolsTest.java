package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;

/** ListIdentityPools and its paginator through the real SDK. */
@CognitoIdentityFakeTest
class ListIdentityPoolsTest {

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void answersAnEmptyListWithoutNextTokenForAnEmptyAccount(ClientKind kind) {
        ListIdentityPoolsResponse listed = kind.client(fake).listIdentityPools(b -> b.maxResults(60));

        assertThat(listed.identityPools()).isEmpty();
        assertThat(listed.nextToken()).isNull();
    }

    @BothClients
    void requiresMaxResultsFromOneToSixty(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<IdentityPoolShortDescription> pools = List.of(create(cognito, "a"), create(cognito, "b"));

        assertRefusedAndUnchanged(
                cognito,
                pools,
                () -> cognito.listIdentityPools(b -> {}),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: "
                        + "Member must not be null");
        assertRefusedAndUnchanged(
                cognito,
                pools,
                () -> cognito.listIdentityPools(b -> b.maxResults(0)),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
        assertRefusedAndUnchanged(
                cognito,
                pools,
                () -> cognito.listIdentityPools(b -> b.maxResults(61)),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 60");

        ListIdentityPoolsResponse one = cognito.listIdentityPools(b -> b.maxResults(1));
        assertThat(one.identityPools()).containsExactly(pools.get(0));
        assertThat(one.nextToken()).isNotNull();
        ListIdentityPoolsResponse sixty = cognito.listIdentityPools(b -> b.maxResults(60));
        assertThat(sixty.identityPools()).containsExactlyElementsOf(pools);
        assertThat(sixty.nextToken()).isNull();
    }

    @BothClients
    void pagesThroughEveryPoolOnceInCreationOrder(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<IdentityPoolShortDescription> created = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            created.add(create(cognito, "pool " + i));
        }

        ListIdentityPoolsResponse first = cognito.listIdentityPools(b -> b.maxResults(3));
        assertThat(first.identityPools()).containsExactlyElementsOf(created.subList(0, 3));
        assertThat(first.nextToken()).isNotNull();

        ListIdentityPoolsResponse second =
                cognito.listIdentityPools(b -> b.maxResults(3).nextToken(first.nextToken()));
        assertThat(second.identityPools()).containsExactlyElementsOf(created.subList(3, 6));
        assertThat(second.nextToken()).isNotNull();

        ListIdentityPoolsResponse third =
                cognito.listIdentityPools(b -> b.maxResults(3).nextToken(second.nextToken()));
        assertThat(third.identityPools()).containsExactlyElementsOf(created.subList(6, 7));
        assertThat(third.nextToken()).as("nothing follows the last page").isNull();
    }

    @BothClients
    void givesNoNextTokenWhenThePageEndsExactlyAtTheLastPool(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<IdentityPoolShortDescription> created = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            created.add(create(cognito, "pool " + i));
        }

        ListIdentityPoolsResponse first = cognito.listIdentityPools(b -> b.maxResults(3));
        ListIdentityPoolsResponse second =
                cognito.listIdentityPools(b -> b.maxResults(3).nextToken(first.nextToken()));

        assertThat(second.identityPools()).containsExactlyElementsOf(created.subList(3, 6));
        assertThat(second.nextToken()).isNull();
    }

    @BothClients
    void keepsPagingCorrectlyWhilePoolsAreDeletedAndCreatedBetweenPages(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<IdentityPoolShortDescription> p = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            p.add(create(cognito, "pool " + i));
        }

        ListIdentityPoolsResponse first = cognito.listIdentityPools(b -> b.maxResults(3));
        assertThat(first.identityPools()).containsExactly(p.get(0), p.get(1), p.get(2));

        // Delete the last pool of the page the token points after, a pool already seen and one not seen yet.
        delete(cognito, p.get(2));
        delete(cognito, p.get(0));
        delete(cognito, p.get(4));
        IdentityPoolShortDescription eighth = create(cognito, "pool 8");

        ListIdentityPoolsResponse second =
                cognito.listIdentityPools(b -> b.maxResults(3).nextToken(first.nextToken()));
        assertThat(second.identityPools()).containsExactly(p.get(3), p.get(5), p.get(6));
        assertThat(second.nextToken()).as("pool 8 follows").isNotNull();

        IdentityPoolShortDescription ninth = create(cognito, "pool 9");
        delete(cognito, p.get(6));

        ListIdentityPoolsResponse third =
                cognito.listIdentityPools(b -> b.maxResults(3).nextToken(second.nextToken()));
        assertThat(third.identityPools()).containsExactly(eighth, ninth);
        assertThat(third.nextToken()).isNull();

        List<IdentityPoolShortDescription> seen = new ArrayList<>();
        seen.addAll(first.identityPools());
        seen.addAll(second.identityPools());
        seen.addAll(third.identityPools());
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).as("every pool that existed throughout").contains(p.get(1), p.get(3), p.get(5));
    }

    @BothClients
    void refusesANextTokenItDidNotMake(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<IdentityPoolShortDescription> pools = List.of(create(cognito, "a"), create(cognito, "b"));

        assertRefusedAndUnchanged(
                cognito,
                pools,
                () -> cognito.listIdentityPools(b -> b.maxResults(3).nextToken("garbage")),
                InvalidParameterException.class,
                "InvalidParameterException",
                "The pagination token is invalid.");
    }

    @BothClients
    void validatesTheNextTokenAgainstTheModel(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<IdentityPoolShortDescription> pools = List.of(create(cognito, "a"), create(cognito, "b"));

        assertRefusedAndUnchanged(
                cognito,
                pools,
                () -> cognito.listIdentityPools(b -> b.maxResults(3).nextToken("")),
                CognitoIdentityException.class,
                "ValidationException",
                "2 validation errors detected: Value '' at 'nextToken' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1; Value '' at 'nextToken' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
        assertRefusedAndUnchanged(
                cognito,
                pools,
                () -> cognito.listIdentityPools(b -> b.maxResults(3).nextToken("a b")),
                CognitoIdentityException.class,
                "ValidationException",
                "1 validation error detected: Value 'a b' at 'nextToken' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\S]+");
    }

    @BothClients
    void theSdkPaginatorWalksEveryPage(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        List<IdentityPoolShortDescription> created = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            created.add(create(cognito, "pool " + i));
        }
        ListIdentityPoolsRequest request =
                ListIdentityPoolsRequest.builder().maxResults(2).build();

        List<ListIdentityPoolsResponse> pages = new CopyOnWriteArrayList<>();
        if (kind == ClientKind.SYNC) {
            fake.client().listIdentityPoolsPaginator(request).forEach(pages::add);
        } else {
            fake.asyncClient()
                    .listIdentityPoolsPaginator(request)
                    .subscribe(pages::add)
                    .join();
        }

        assertThat(pages).hasSize(4);
        assertThat(pages).extracting(page -> page.identityPools().size()).containsExactly(2, 2, 2, 1);
        assertThat(pages).extracting(page -> page.nextToken() != null).containsExactly(true, true, true, false);
        assertThat(pages.stream().flatMap(page -> page.identityPools().stream()).toList())
                .containsExactlyElementsOf(created);
    }

    private static IdentityPoolShortDescription create(CognitoIdentityClient cognito, String name) {
        String id = cognito.createIdentityPool(b -> b.identityPoolName(name).allowUnauthenticatedIdentities(false))
                .identityPoolId();
        return IdentityPoolShortDescription.builder()
                .identityPoolId(id)
                .identityPoolName(name)
                .build();
    }

    private static void delete(CognitoIdentityClient cognito, IdentityPoolShortDescription pool) {
        cognito.deleteIdentityPool(b -> b.identityPoolId(pool.identityPoolId()));
    }

    /** Asserts the error, then that the account still holds exactly {@code pools}. */
    private static void assertRefusedAndUnchanged(
            CognitoIdentityClient cognito,
            List<IdentityPoolShortDescription> pools,
            ThrowingCallable call,
            Class<? extends AwsServiceException> type,
            String errorCode,
            String message) {
        assertServiceError(call, type, 400, errorCode, message);

        ListIdentityPoolsResponse after = cognito.listIdentityPools(b -> b.maxResults(60));
        assertThat(after.identityPools()).containsExactlyElementsOf(pools);
        assertThat(after.nextToken()).isNull();
    }
}
