package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.testing.TestProviders.OIDC_ARN;
import static io.github.cognitofake.testing.TestProviders.SAML_ARN;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitofake.internal.auth.Authentication;
import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.internal.http.WireResponse;
import io.github.cognitofake.internal.model.ServiceModel;
import io.github.cognitofake.internal.protocol.AwsJsonProtocol;
import io.github.cognitofake.internal.protocol.Json;
import io.github.cognitofake.internal.service.CognitoIdentityService;
import io.github.cognitofake.internal.service.common.AccountRegion;
import io.github.cognitofake.internal.service.common.IdSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query the credential operations use: which session tags a sign-in with a provider gets. */
class PrincipalTagQueryTest {

    private static final String OIDC_ISSUER = "login.example.com";

    private final CognitoIdentityService service =
            new CognitoIdentityService(AccountRegion.inRegion("us-east-1"), IdSource.seeded(7), InstantSource.system());
    private final AwsJsonProtocol protocol =
            new AwsJsonProtocol(ServiceModel.cognitoIdentity(), service::handler, Authentication.headerPresent());
    private String poolId;

    @BeforeEach
    void createPool() {
        poolId = call("CreateIdentityPool", """
                {"IdentityPoolName": "app", "AllowUnauthenticatedIdentities": false,
                 "SupportedLoginProviders": {"graph.facebook.com": "123", "www.amazon.com": "amzn1.application.1"},
                 "CognitoIdentityProviders": [{"ProviderName": "%s", "ClientId": "client1"}],
                 "OpenIdConnectProviderARNs": ["%s"], "SamlProviderARNs": ["%s"],
                 "DeveloperProviderName": "login.example.app"}
                """.formatted(USER_POOL, OIDC_ARN, SAML_ARN))
                .path("IdentityPoolId")
                .asText();
    }

    @Test
    void customMappingsAreTheSessionTagsInTheirOrder() {
        setMap(USER_POOL, false, "{\"tenant\": \"custom:tenant\", \"dept\": \"custom:dept\"}");

        assertThat(service.principalTags().sessionTagClaims(poolId, USER_POOL))
                .containsExactly(Map.entry("tenant", "custom:tenant"), Map.entry("dept", "custom:dept"));
    }

    @Test
    void defaultsDependOnTheKindOfProvider() {
        for (String provider : List.of(USER_POOL, "graph.facebook.com", "www.amazon.com", OIDC_ARN, SAML_ARN)) {
            setMap(provider, true, "{}");
        }

        assertThat(service.principalTags().sessionTagClaims(poolId, USER_POOL))
                .containsExactly(Map.entry("username", "sub"), Map.entry("client", "aud"));
        assertThat(service.principalTags().sessionTagClaims(poolId, "graph.facebook.com"))
                .containsExactly(Map.entry("username", "sub"), Map.entry("client", "aud"));
        assertThat(service.principalTags().sessionTagClaims(poolId, "www.amazon.com"))
                .containsExactly(Map.entry("username", "user_id"), Map.entry("client", "aud"));
        assertThat(service.principalTags().sessionTagClaims(poolId, OIDC_ISSUER))
                .as("Logins name an OpenID Connect provider by its issuer")
                .containsExactly(Map.entry("username", "sub"), Map.entry("client", "aud"));
        assertThat(service.principalTags().sessionTagClaims(poolId, SAML_ARN))
                .containsExactly(
                        Map.entry("username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier"),
                        Map.entry("name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"));
    }

    @Test
    void defaultsWinOverCustomTagsSetAlongsideThem() {
        setMap(USER_POOL, true, "{\"tenant\": \"custom:tenant\"}");

        assertThat(service.principalTags().sessionTagClaims(poolId, USER_POOL))
                .containsExactly(Map.entry("username", "sub"), Map.entry("client", "aud"));
    }

    @Test
    void nothingSetUnknownProviderOrUnknownPoolGiveNoTags() {
        assertThat(service.principalTags().sessionTagClaims(poolId, USER_POOL)).isEmpty();
        assertThat(service.principalTags().sessionTagClaims(poolId, "accounts.google.com"))
                .isEmpty();
        assertThat(service.principalTags().sessionTagClaims(poolId, "login.example.app"))
                .isEmpty();
        assertThat(service.principalTags()
                        .sessionTagClaims("us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", USER_POOL))
                .isEmpty();
    }

    @Test
    void deletingThePoolForgetsItsMaps() {
        setMap(USER_POOL, true, "{}");

        call("DeleteIdentityPool", "{\"IdentityPoolId\": \"" + poolId + "\"}");

        assertThat(service.principalTags().sessionTagClaims(poolId, USER_POOL)).isEmpty();
    }

    private void setMap(String provider, boolean useDefaults, String principalTags) {
        call("SetPrincipalTagAttributeMap", """
                {"IdentityPoolId": "%s", "IdentityProviderName": "%s", "UseDefaults": %s, "PrincipalTags": %s}
                """.formatted(poolId, provider, useDefaults, principalTags));
    }

    private JsonNode call(String operation, String json) {
        WireResponse response = protocol.handle(new WireRequest(
                "POST",
                "/",
                Map.of(
                        "Content-Type", List.of("application/x-amz-json-1.1"),
                        "X-Amz-Target", List.of("AWSCognitoIdentityService." + operation),
                        "Authorization", List.of("AWS4-HMAC-SHA256 Credential=test")),
                json.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.status())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        try {
            return response.body().length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
