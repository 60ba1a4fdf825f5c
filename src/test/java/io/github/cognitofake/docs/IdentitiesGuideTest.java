package io.github.cognitofake.docs;

import static io.github.cognitofake.assertj.CognitoIdentityFakeAssertions.assertThat;
import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.CONTAINS;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.EQUALS;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/** The examples of docs/identities.md, run as tests. */
class IdentitiesGuideTest {

    // tag::login-to-credentials[]
    @Test
    void followsAUserFromLoginToCredentials() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = fake.seed(s -> s.identityPool("app", p -> p
                    .authenticatedRole("arn:aws:iam::123456789012:role/Auth")
                    .rulesMapping("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123:client1", DENY, r -> r
                            .when("cognito:groups", CONTAINS, "admins").assume("arn:aws:iam::123456789012:role/Admin")
                            .when("custom:tier", EQUALS, "gold").assume("arn:aws:iam::123456789012:role/Gold"))))
                .poolId("app");
            ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                    .username("alice")
                    .group("admins")
                    .customAttribute("tier", "gold")
                    .build();

            String identityId = cognito.getId(b -> b.identityPoolId(poolId).logins(alice.asLogins())).identityId();
            Credentials credentials = cognito.getCredentialsForIdentity(b -> b
                    .identityId(identityId).logins(alice.asLogins())).credentials();

            // Both rules match alice; the first one wins.
            assertThat(fake).issuedCredentialsFor(identityId).singleElement()
                    .hasRole("arn:aws:iam::123456789012:role/Admin")
                    .hasProvider("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123");
            assertThat(fake.roleFor(credentials.accessKeyId())).contains("arn:aws:iam::123456789012:role/Admin");
        }
    }
    // end::login-to-credentials[]

    // tag::same-login-same-identity[]
    @Test
    void theSameLoginAlwaysFindsTheSameIdentity() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = cognito.createIdentityPool(b -> b
                    .identityPoolName("app")
                    .allowUnauthenticatedIdentities(false)
                    .supportedLoginProviders(Map.of("graph.facebook.com", "my-facebook-app-id"))).identityPoolId();

            // A Facebook access token is opaque: the fake takes the token itself as the user.
            String first = cognito.getId(b -> b.identityPoolId(poolId)
                    .logins(Map.of("graph.facebook.com", "token-of-ann"))).identityId();
            String again = cognito.getId(b -> b.identityPoolId(poolId)
                    .logins(Map.of("graph.facebook.com", "token-of-ann"))).identityId();

            assertThat(again).isEqualTo(first);
            DescribeIdentityResponse identity = cognito.describeIdentity(b -> b.identityId(first));
            assertThat(identity.logins()).containsExactly("graph.facebook.com");
            assertThatThrownBy(() -> cognito.getId(b -> b.identityPoolId(poolId)))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageStartingWith("Unauthenticated access is not supported for this identity pool.");
        }
    }
    // end::same-login-same-identity[]

    /** The refusal of the same-login-same-identity example above, field by field. */
    @Test
    void aGuestGetIdOfAPoolWithoutGuestsIsRefusedInFull() {
        try (CognitoIdentityFake fake = CognitoIdentityFake.create()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = cognito.createIdentityPool(b -> b
                    .identityPoolName("app")
                    .allowUnauthenticatedIdentities(false)
                    .supportedLoginProviders(Map.of("graph.facebook.com", "my-facebook-app-id"))).identityPoolId();

            assertServiceError(
                    () -> cognito.getId(b -> b.identityPoolId(poolId)),
                    NotAuthorizedException.class,
                    400,
                    "NotAuthorizedException",
                    "Unauthenticated access is not supported for this identity pool.");
        }
    }

    // tag::clock[]
    @Test
    void aFixedClockMakesDatesAndExpiryTestable() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        try (CognitoIdentityFake fake = CognitoIdentityFake.builder()
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build()) {
            CognitoIdentityClient cognito = fake.client();
            String poolId = cognito.createIdentityPool(b -> b
                    .identityPoolName("app")
                    .allowUnauthenticatedIdentities(true)).identityPoolId();

            String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

            assertThat(cognito.describeIdentity(b -> b.identityId(guest)).creationDate()).isEqualTo(now);
        }
    }
    // end::clock[]
}
