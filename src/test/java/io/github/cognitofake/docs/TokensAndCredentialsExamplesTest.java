package io.github.cognitofake.docs;

import static io.github.cognitofake.assertj.CognitoIdentityFakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.AUTHENTICATED_ROLE;
import static software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType.DENY;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.CONTAINS;
import static software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType.EQUALS;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.CredentialsFeed;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;

/** The examples of docs/tokens-and-credentials.md: each tagged region is shown there verbatim (see DocSnippetsTest). */
@CognitoIdentityFakeTest
class TokensAndCredentialsExamplesTest {

    private static final String ADMIN = "arn:aws:iam::123456789012:role/Admin";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @Test
    void userPoolToken() {
        // tag::userPoolToken[]
        ProviderToken alice = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                .username("alice")
                .email("alice@example.com")
                .group("admins", "arn:aws:iam::123456789012:role/Admin", 1)
                .group("readers", "arn:aws:iam::123456789012:role/Reader", 5)
                .customAttribute("tier", "gold")
                .build();

        assertThat(alice.loginsKey()).isEqualTo("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123");
        assertThat(alice.roleMappingKey()).isEqualTo("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123:client1");
        assertThat(alice.claims())
                .containsEntry("cognito:groups", List.of("admins", "readers"))
                .containsEntry("cognito:roles", List.of("arn:aws:iam::123456789012:role/Admin",
                        "arn:aws:iam::123456789012:role/Reader"))
                .containsEntry("cognito:preferred_role", "arn:aws:iam::123456789012:role/Admin")
                .containsEntry("custom:tier", "gold");
        Map<String, String> logins = alice.asLogins(); // for GetId / GetCredentialsForIdentity
        // end::userPoolToken[]
        assertThat(logins).containsEntry(alice.loginsKey(), alice.jwt());
    }

    @Test
    void otherTokens() {
        // tag::otherTokens[]
        ProviderToken oidc = Tokens.oidcToken("https://login.example.com", "my-client")
                .subject("user-1")
                .claim("department", "sales")
                .build();
        ProviderToken google = Tokens.googleIdToken("1234-abc.apps.googleusercontent.com")
                .email("bob@gmail.com")
                .build();
        ProviderToken expired = Tokens.cognitoIdToken("us-east-1_Abc123", "client1").expired().build();

        assertThat(oidc.loginsKey()).isEqualTo("login.example.com");
        assertThat(google.loginsKey()).isEqualTo("accounts.google.com");
        Map<String, String> linked = Tokens.logins(oidc, google); // one identity, two providers
        // end::otherTokens[]
        assertThat(linked).hasSize(2);
        assertThat(expired.expiresAt()).isInThePast();
    }

    @Test
    void mappingsForTokens() {
        // tag::mappingsForTokens[]
        ProviderToken token = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
                .group("admins", "arn:aws:iam::123456789012:role/Admin", 1)
                .build();
        ProviderToken partner = Tokens.oidcToken("https://login.partner.example", "app").build();

        String poolId = fake.seed(s -> s.identityPool("app", p -> p
                .authenticatedRole("arn:aws:iam::123456789012:role/Auth")
                .openIdConnectProvider("arn:aws:iam::123456789012:oidc-provider/" + partner.loginsKey())
                .tokenMapping(token.roleMappingKey(), DENY)   // also adds the user pool client to the pool
                .rulesMapping(partner.roleMappingKey(), AUTHENTICATED_ROLE, r -> r
                        .when("cognito:groups", CONTAINS, "admins").assume("arn:aws:iam::123456789012:role/Admin")
                        .when("department", EQUALS, "sales").assume("arn:aws:iam::123456789012:role/Sales"))))
            .poolId("app");
        // end::mappingsForTokens[]
        GetIdentityPoolRolesResponse roles = fake.client().getIdentityPoolRoles(b -> b.identityPoolId(poolId));
        assertThat(roles.roleMappings()).containsOnlyKeys(token.roleMappingKey(), partner.roleMappingKey());
    }

    @Test
    void assertingCredentials() {
        String identityId = "us-east-1:aaaaaaaa-0000-4000-8000-000000000001";
        String accessKeyId = CredentialsFeed.issue(fake, identityId, "us-east-1:11111111-2222-4333-8444-555555555555",
                ADMIN, "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123").accessKeyId();
        // tag::assertingCredentials[]
        assertThat(fake).issuedCredentialsFor(identityId)
                .allWithRole("arn:aws:iam::123456789012:role/Admin")
                .noneWithRole("arn:aws:iam::123456789012:role/Auth")
                .last().hasProvider("cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123");

        assertThat(fake.roleFor(accessKeyId)).contains("arn:aws:iam::123456789012:role/Admin");
        assertThat(fake.issuedCredentials()).extracting(IssuedCredentials::roleArn).containsExactly(
                "arn:aws:iam::123456789012:role/Admin");
        // end::assertingCredentials[]
    }
}
