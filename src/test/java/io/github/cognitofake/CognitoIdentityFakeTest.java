package io.github.cognitofake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitofake.testing.TestPools;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityAsyncClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The entry point: building a fake, the clients it hands out, configure(builder), reset and close. */
class CognitoIdentityFakeTest {

    @Test
    void defaultsToUsEast1AndTheExampleAccount() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            assertThat(fake.region()).isEqualTo(Region.US_EAST_1);
            assertThat(fake.accountId()).isEqualTo("123456789012");
            assertThat(fake.endpoint()).hasToString("https://cognito-identity.fake.invalid");
        }
    }

    @Test
    void rejectsAnAccountIdThatIsNotTwelveDigits() {
        assertThatThrownBy(() -> CognitoIdentityFake.builder().accountId("12345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An AWS account id is 12 digits, such as \"123456789012\"; got \"12345\".");
        assertThatThrownBy(() -> CognitoIdentityFake.builder().accountId(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An AWS account id is 12 digits, such as \"123456789012\"; got null.");
    }

    @Test
    void makesTheSameIdsFromTheSameSeed() {
        try (CognitoIdentityFake first =
                        CognitoIdentityFake.builder().idSeed(42).build();
                CognitoIdentityFake second =
                        CognitoIdentityFake.builder().idSeed(42).build();
                CognitoIdentityFake other =
                        CognitoIdentityFake.builder().idSeed(43).build()) {
            List<String> a = createThreePools(first);
            List<String> b = createThreePools(second);
            List<String> c = createThreePools(other);

            assertThat(a).isEqualTo(b).doesNotContainAnyElementsOf(c).doesNotHaveDuplicates();
        }
    }

    private static List<String> createThreePools(CognitoIdentityFake fake) {
        return IntStream.range(0, 3)
                .mapToObj(i -> fake.client()
                        .createIdentityPool(b -> b.identityPoolName("p" + i).allowUnauthenticatedIdentities(false))
                        .identityPoolId())
                .toList();
    }

    @Test
    void buildsEachClientOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            int threads = 8;
            CyclicBarrier start = new CyclicBarrier(threads);
            Set<Object> clients = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = IntStream.range(0, threads)
                        .<Future<?>>mapToObj(i -> pool.submit(() -> {
                            start.await();
                            clients.add(fake.client());
                            clients.add(fake.asyncClient());
                            return null;
                        }))
                        .toList();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(clients).hasSize(2).contains(fake.client(), fake.asyncClient());
        }
    }

    @Test
    void configuresAUsersBuilderAndKeepsTheUsersOwnSettings() {
        RetryStrategy usersStrategy = AwsRetryStrategy.doNotRetry();
        try (CognitoIdentityFake fake =
                        CognitoIdentityFake.builder().region("eu-west-1").build();
                CognitoIdentityClient client = fake.configure(CognitoIdentityClient.builder()
                                .overrideConfiguration(o -> o.retryStrategy(usersStrategy)))
                        .build();
                CognitoIdentityAsyncClient async = fake.configure(CognitoIdentityAsyncClient.builder()
                                .overrideConfiguration(o -> o.retryStrategy(usersStrategy)))
                        .build()) {

            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(fake.endpoint());
            // The SDK adds its default retry conditions to a user's strategy; the user's attempt count stays.
            assertThat(client.serviceClientConfiguration()
                            .overrideConfiguration()
                            .retryStrategy())
                    .get()
                    .extracting(RetryStrategy::maxAttempts)
                    .isEqualTo(1);
            assertThat(async.serviceClientConfiguration()
                            .overrideConfiguration()
                            .retryStrategy())
                    .get()
                    .extracting(RetryStrategy::maxAttempts)
                    .isEqualTo(1);

            String id = TestPools.create(client, "p");
            assertThat(async.describeIdentityPool(b -> b.identityPoolId(id))
                            .join()
                            .identityPoolName())
                    .isEqualTo("p");
            assertThat(id).startsWith("eu-west-1:");
        }
    }

    @Test
    void resetForgetsEveryPool() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            createThreePools(fake);

            fake.reset();

            assertThat(fake.client().listIdentityPools(b -> b.maxResults(60)).identityPools())
                    .isEmpty();
        }
    }

    @Test
    void resetForgetsIssuedCredentialsAndStartsTheirSequenceOver() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.builder().idSeed(7).build()) {
            String first = guestCredentials(fake);

            fake.reset();

            assertThat(fake.issuedCredentials()).isEmpty();
            assertThat(guestCredentials(fake))
                    .as("same seed, same sequence after reset")
                    .isEqualTo(first);
            assertThat(fake.issuedCredentials()).hasSize(1);
        }
    }

    /** A guest's credentials in a new pool; the access key id. */
    private static String guestCredentials(CognitoIdentityFake fake) {
        CognitoIdentityClient cognito = fake.client();
        String poolId = TestPools.withGuests(cognito, "app");
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", "arn:aws:iam::123456789012:role/Guest")));
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        return cognito.getCredentialsForIdentity(b -> b.identityId(identityId))
                .credentials()
                .accessKeyId();
    }

    @Test
    void refusesUseAfterClose() {
        CognitoIdentityFake fake = CognitoIdentityFake.create();
        CognitoIdentityClient usersClient = fake.configure(CognitoIdentityClient.builder()
                        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())))
                .build();

        fake.close();
        fake.close(); // closing twice is harmless

        assertThatThrownBy(fake::client)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This CognitoIdentityFake is closed; create a new one.");
        assertThatThrownBy(fake::reset)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This CognitoIdentityFake is closed; create a new one.");
        assertThatThrownBy(() -> usersClient.listIdentityPools(b -> b.maxResults(1)))
                .isInstanceOf(SdkClientException.class)
                .hasRootCauseMessage("This CognitoIdentityFake is closed; create a new one for further calls.");
        usersClient.close();
    }
}
