package io.github.cognitofake.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.json.EpochSecondsSerializer;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.RawHttp;
import io.github.cognitofake.testing.TestClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;

/**
 * Timestamps go over the wire as the service writes them: epoch seconds printed like Java's
 * {@code Double.toString(epochMillis / 1000.0)}. Cognito's raw GetCredentialsForIdentity answer carries
 * {@code "Expiration":1.659377625E9} (aws/aws-sdk-kotlin#665), and a raw DescribeIdentity answer
 * {@code "CreationDate":1.421516513393E9}. The SDK reads them back to the millisecond.
 */
class TimestampWireFormatTest {

    /** 2022-08-01T18:13:45Z less an hour: credentials issued now expire at 1659377625, as in the Kotlin issue. */
    private static final Instant ISSUED = Instant.ofEpochSecond(1_659_377_625L - 3600);

    private static final Instant CREATED = Instant.ofEpochMilli(1_421_516_513_393L);

    private final TestClock clock = new TestClock(ISSUED);
    private final CognitoIdentityFake fake =
            CognitoIdentityFake.builder().clock(clock).build();

    @AfterEach
    void close() {
        fake.close();
    }

    private String guestPool(CognitoIdentityClient cognito) {
        String poolId = cognito.createIdentityPool(
                        b -> b.identityPoolName("app").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        cognito.setIdentityPoolRoles(
                b -> b.identityPoolId(poolId).roles(Map.of("unauthenticated", "arn:aws:iam::123456789012:role/Guest")));
        return poolId;
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void credentialsExpirationIsInScientificNotation(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = guestPool(cognito);
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        GetCredentialsForIdentityResponse answer = cognito.getCredentialsForIdentity(b -> b.identityId(identityId));
        RawHttp.Response raw =
                RawHttp.to(fake).operation("GetCredentialsForIdentity").send("{\"IdentityId\":\"" + identityId + "\"}");

        assertThat(answer.credentials().expiration()).isEqualTo(Instant.ofEpochSecond(1_659_377_625L));
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.body()).contains("\"Expiration\":1.659377625E9}");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void identityDatesKeepTheirMillisecondsInScientificNotation(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = guestPool(cognito);
        clock.set(CREATED);
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        DescribeIdentityResponse described = cognito.describeIdentity(b -> b.identityId(identityId));
        IdentityDescription listed = cognito.listIdentities(
                        b -> b.identityPoolId(poolId).maxResults(10))
                .identities()
                .get(0);
        RawHttp.Response raw =
                RawHttp.to(fake).operation("DescribeIdentity").send("{\"IdentityId\":\"" + identityId + "\"}");
        RawHttp.Response rawList = RawHttp.to(fake)
                .operation("ListIdentities")
                .send("{\"IdentityPoolId\":\"" + poolId + "\",\"MaxResults\":10}");

        assertThat(described.creationDate()).isEqualTo(CREATED);
        assertThat(described.lastModifiedDate()).isEqualTo(CREATED);
        assertThat(listed.creationDate()).isEqualTo(CREATED);
        assertThat(raw.body())
                .isEqualTo("{\"IdentityId\":\"" + identityId + "\",\"CreationDate\":1.421516513393E9,"
                        + "\"LastModifiedDate\":1.421516513393E9}");
        assertThat(rawList.body()).contains("\"CreationDate\":1.421516513393E9,\"LastModifiedDate\":1.421516513393E9");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aDateOnAWholeSecondHasNoFraction(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = guestPool(cognito);
        clock.set(CREATED.plusMillis(1_607));
        String identityId = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        RawHttp.Response raw =
                RawHttp.to(fake).operation("DescribeIdentity").send("{\"IdentityId\":\"" + identityId + "\"}");

        assertThat(raw.body()).contains("\"CreationDate\":1.421516515E9,");
        assertThat(cognito.describeIdentity(b -> b.identityId(identityId)).creationDate())
                .isEqualTo(Instant.ofEpochSecond(1_421_516_515L));
    }

    @Test
    void theTextIsJavasDoubleOfTheSecondsWithTrailingZerosDropped() {
        assertThat(EpochSecondsSerializer.text(Instant.ofEpochSecond(1_700_000_000L)))
                .isEqualTo("1.7E9");
        assertThat(EpochSecondsSerializer.text(Instant.ofEpochMilli(1_700_574_875_740L)))
                .isEqualTo("1.70057487574E9");
        assertThat(EpochSecondsSerializer.text(Instant.ofEpochMilli(1_748_181_331_171L)))
                .isEqualTo("1.748181331171E9");
        assertThat(EpochSecondsSerializer.text(Instant.ofEpochMilli(1_421_516_513_393L)))
                .isEqualTo("1.421516513393E9");
    }
}
