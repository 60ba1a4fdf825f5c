package io.github.cognitofake.benchmarks;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;
import software.amazon.awssdk.services.cognitoidentity.model.LookupDeveloperIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.LookupDeveloperIdentityResponse;

/**
 * Listing and lookup at scale, through {@code fake.client()} with the journal on (at its default bound).
 * One pool holds {@code identities} identities: Facebook users (GetId), one in 100 of them also a developer
 * user (GetOpenIdTokenForDeveloperIdentity),;
 * next to it, identities / 100 other pools. Every size gets the same warm-up calls in set-up, so the sizes
 * differ only in the state. {@code listIdentities_fullWalk} pages through the whole pool (MaxResults 60):
 * divide it by {@code ceil(identities / 60)} pages for the cost of a page, which should not depend on the
 * size. Compare a page of 60 with a page of 60: at 10 identities a page holds 10, so it is cheaper for the
 * SDK as much as for the fake. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBenchmark {

    static final int PAGE = 60;
    static final int WARM_UP_CALLS = 5_000;
    static final String DEVELOPER_PROVIDER = "login.bench.example";
    static final String FACEBOOK = "graph.facebook.com";

    @Param({"10", "100", "10000", "100000"})
    public int identities;

    CognitoIdentityFake fake;
    CognitoIdentityClient client;
    String poolId;
    ListIdentitiesRequest firstPage;
    ListIdentitiesRequest deepPage;
    ListIdentityPoolsRequest deepPoolsPage;
    GetIdRequest getId;
    LookupDeveloperIdentityRequest[] lookups;
    int nextLookup;

    @Setup(Level.Trial)
    public void setUp() {
        fake = CognitoIdentityFake.create();
        client = fake.client();
        poolId = client.createIdentityPool(b -> b.identityPoolName("scale")
                        .allowUnauthenticatedIdentities(true)
                        .developerProviderName(DEVELOPER_PROVIDER)
                        .supportedLoginProviders(Map.of(FACEBOOK, "bench-app")))
                .identityPoolId();
        int developerUsers = Math.max(1, identities / 100);
        for (int i = 0; i < identities - developerUsers; i++) {
            // Facebook tokens are opaque to Cognito: the fake takes the token as the user.
            String user = "fb-user-" + i;
            client.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, user)));
        }
        lookups = new LookupDeveloperIdentityRequest[developerUsers];
        for (int i = 0; i < developerUsers; i++) {
            String user = "dev-user-" + i;
            client.getOpenIdTokenForDeveloperIdentity(
                    b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER_PROVIDER, user)));
            lookups[i] = LookupDeveloperIdentityRequest.builder()
                    .identityPoolId(poolId)
                    .developerUserIdentifier(user)
                    .maxResults(PAGE)
                    .build();
        }
        for (int i = 0; i < Math.max(1, identities / 100); i++) {
            client.createIdentityPool(b -> b.identityPoolName("other").allowUnauthenticatedIdentities(true));
        }
        getId = GetIdRequest.builder()
                .identityPoolId(poolId)
                .logins(Map.of(FACEBOOK, "fb-user-0"))
                .build();
        firstPage = listRequest(null);
        // Tokens from the middle of each listing.
        String token = null;
        for (int page = 0; page < identities / PAGE / 2; page++) {
            token = client.listIdentities(listRequest(token)).nextToken();
        }
        deepPage = listRequest(token);
        String poolsToken = null;
        for (int page = 0; page < identities / 100 / PAGE / 2; page++) {
            poolsToken = client.listIdentityPools(poolsRequest(poolsToken)).nextToken();
        }
        deepPoolsPage = poolsRequest(poolsToken);
        if (walk() != Math.max(1, identities / PAGE + (identities % PAGE == 0 ? 0 : 1))) {
            throw new IllegalStateException("the walk did not take the expected number of pages");
        }
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            listIdentities_firstPage();
            listIdentities_deepPage();
            getId_knownUser();
            lookupDeveloperIdentity_byUser();
            listIdentityPools_deepPage();
        }
        fake.journal().clear();
    }

    ListIdentitiesRequest listRequest(String token) {
        return ListIdentitiesRequest.builder()
                .identityPoolId(poolId)
                .maxResults(PAGE)
                .nextToken(token)
                .build();
    }

    static ListIdentityPoolsRequest poolsRequest(String token) {
        return ListIdentityPoolsRequest.builder()
                .maxResults(PAGE)
                .nextToken(token)
                .build();
    }

    /** @return the number of pages */
    int walk() {
        int pages = 0;
        String token = null;
        do {
            token = client.listIdentities(listRequest(token)).nextToken();
            pages++;
        } while (token != null);
        return pages;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fake.close();
    }

    @Benchmark
    public ListIdentitiesResponse listIdentities_firstPage() {
        return client.listIdentities(firstPage);
    }

    @Benchmark
    public ListIdentitiesResponse listIdentities_deepPage() {
        return client.listIdentities(deepPage);
    }

    @Benchmark
    public int listIdentities_fullWalk() {
        return walk();
    }

    @Benchmark
    public ListIdentityPoolsResponse listIdentityPools_deepPage() {
        return client.listIdentityPools(deepPoolsPage);
    }

    @Benchmark
    public LookupDeveloperIdentityResponse lookupDeveloperIdentity_byUser() {
        LookupDeveloperIdentityRequest request = lookups[nextLookup];
        nextLookup = (nextLookup + 1) % lookups.length;
        return client.lookupDeveloperIdentity(request);
    }

    @Benchmark
    public GetIdResponse getId_knownUser() {
        return client.getId(getId);
    }
}
