package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.OIDC_ARN;
import static io.github.cognitofake.testing.TestProviders.SAML_ARN;
import static io.github.cognitofake.testing.TestProviders.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.junit.CognitoIdentityFakeTest;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolResponse;

/** CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool and DeleteIdentityPool through the real SDK. */
@CognitoIdentityFakeTest
class IdentityPoolLifecycleTest {

    private static final String UNKNOWN_POOL = "us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    @BothClients
    void createsAPoolWithEveryMemberAndDescribesItBack(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        CreateIdentityPoolResponse created = cognito.createIdentityPool(b -> b.identityPoolName("my pool+=,.@-_1")
                .allowUnauthenticatedIdentities(true)
                .allowClassicFlow(true)
                .supportedLoginProviders(Map.of("graph.facebook.com", "123456789012345"))
                .developerProviderName("login.example")
                .openIdConnectProviderARNs(OIDC_ARN)
                .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("client1")
                        .serverSideTokenCheck(true)
                        .build())
                .samlProviderARNs(SAML_ARN)
                .identityPoolTags(Map.of("team", "auth")));

        assertThat(created.identityPoolId())
                .matches("us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(created.identityPoolName()).isEqualTo("my pool+=,.@-_1");
        assertThat(created.allowUnauthenticatedIdentities()).isTrue();
        assertThat(created.allowClassicFlow()).isTrue();
        assertThat(created.supportedLoginProviders())
                .containsExactly(Map.entry("graph.facebook.com", "123456789012345"));
        assertThat(created.developerProviderName()).isEqualTo("login.example");
        assertThat(created.openIdConnectProviderARNs()).containsExactly(OIDC_ARN);
        assertThat(created.cognitoIdentityProviders())
                .containsExactly(CognitoIdentityProvider.builder()
                        .providerName(USER_POOL)
                        .clientId("client1")
                        .serverSideTokenCheck(true)
                        .build());
        assertThat(created.samlProviderARNs()).containsExactly(SAML_ARN);
        assertThat(created.identityPoolTags()).containsExactly(Map.entry("team", "auth"));

        DescribeIdentityPoolResponse described =
                cognito.describeIdentityPool(b -> b.identityPoolId(created.identityPoolId()));
        assertThat(described)
                .usingRecursiveComparison()
                .ignoringFields("responseMetadata", "sdkHttpResponse")
                .isEqualTo(created);
    }

    @BothClients
    void leavesEmptyProviderListsOutButAlwaysPrintsFlagsAndTags(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        CreateIdentityPoolResponse created =
                cognito.createIdentityPool(b -> b.identityPoolName("minimal").allowUnauthenticatedIdentities(false));

        assertThat(created.allowUnauthenticatedIdentities()).isFalse();
        assertThat(created.allowClassicFlow()).as("never set, so left out").isNull();
        assertThat(created.hasIdentityPoolTags()).isTrue();
        assertThat(created.identityPoolTags()).isEmpty();
        assertThat(created.hasSupportedLoginProviders()).isFalse();
        assertThat(created.developerProviderName()).isNull();
        assertThat(created.hasOpenIdConnectProviderARNs()).isFalse();
        assertThat(created.hasCognitoIdentityProviders()).isFalse();
        assertThat(created.hasSamlProviderARNs()).isFalse();
    }

    @BothClients
    void givesEachPoolAnIdInTheFakesRegion(ClientKind kind) {
        try (CognitoIdentityFake frankfurt =
                CognitoIdentityFake.builder().region("eu-central-1").build()) {
            CognitoIdentityClient cognito = kind.client(frankfurt);
            String first = cognito.createIdentityPool(
                            b -> b.identityPoolName("a").allowUnauthenticatedIdentities(false))
                    .identityPoolId();
            String second = cognito.createIdentityPool(
                            b -> b.identityPoolName("a").allowUnauthenticatedIdentities(false))
                    .identityPoolId();

            assertThat(first).startsWith("eu-central-1:").isNotEqualTo(second);
        }
    }

    @BothClients
    void updateReplacesTheWholeConfigurationAndKeepsWhatCannotChange(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = cognito.createIdentityPool(b -> b.identityPoolName("before")
                        .allowUnauthenticatedIdentities(true)
                        .allowClassicFlow(true)
                        .supportedLoginProviders(Map.of("accounts.google.com", "google-client"))
                        .developerProviderName("login.example")
                        .openIdConnectProviderARNs(OIDC_ARN)
                        .identityPoolTags(Map.of("team", "auth")))
                .identityPoolId();

        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b -> b.identityPoolId(id)
                .identityPoolName("after")
                .allowUnauthenticatedIdentities(false)
                .samlProviderARNs(SAML_ARN));

        assertThat(updated.identityPoolId()).isEqualTo(id);
        assertThat(updated.identityPoolName()).isEqualTo("after");
        assertThat(updated.allowUnauthenticatedIdentities()).isFalse();
        assertThat(updated.allowClassicFlow()).as("omitted, so kept").isTrue();
        assertThat(updated.hasSupportedLoginProviders())
                .as("omitted, so back to none")
                .isFalse();
        assertThat(updated.hasOpenIdConnectProviderARNs()).isFalse();
        assertThat(updated.samlProviderARNs()).containsExactly(SAML_ARN);
        assertThat(updated.developerProviderName()).as("cannot change once set").isEqualTo("login.example");
        assertThat(updated.identityPoolTags()).as("kept when omitted").containsExactly(Map.entry("team", "auth"));
        assertThat(cognito.describeIdentityPool(b -> b.identityPoolId(id)))
                .usingRecursiveComparison()
                .ignoringFields("responseMetadata", "sdkHttpResponse")
                .isEqualTo(updated);
    }

    @BothClients
    void updateReplacesTagsWhenGiven(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = cognito.createIdentityPool(b -> b.identityPoolName("p")
                        .allowUnauthenticatedIdentities(false)
                        .identityPoolTags(Map.of("team", "auth", "env", "dev")))
                .identityPoolId();

        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b -> b.identityPoolId(id)
                .identityPoolName("p")
                .allowUnauthenticatedIdentities(false)
                .identityPoolTags(Map.of()));

        assertThat(updated.hasIdentityPoolTags()).isTrue();
        assertThat(updated.identityPoolTags()).isEmpty();
    }

    @BothClients
    void refusesToChangeTheDeveloperProviderNameAndChangesNothing(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = cognito.createIdentityPool(b -> b.identityPoolName("before")
                        .allowUnauthenticatedIdentities(false)
                        .developerProviderName("login.example"))
                .identityPoolId();

        assertServiceError(
                () -> cognito.updateIdentityPool(b -> b.identityPoolId(id)
                        .identityPoolName("after")
                        .allowUnauthenticatedIdentities(true)
                        .developerProviderName("login.other")),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "Developer provider name cannot be changed once set. It is currently 'login.example'.");

        DescribeIdentityPoolResponse unchanged = cognito.describeIdentityPool(b -> b.identityPoolId(id));
        assertThat(unchanged.identityPoolName()).isEqualTo("before");
        assertThat(unchanged.allowUnauthenticatedIdentities()).isFalse();
    }

    @BothClients
    void setsADeveloperProviderNameOnUpdateWhenThereWasNone(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = cognito.createIdentityPool(b -> b.identityPoolName("p").allowUnauthenticatedIdentities(false))
                .identityPoolId();

        UpdateIdentityPoolResponse updated = cognito.updateIdentityPool(b -> b.identityPoolId(id)
                .identityPoolName("p")
                .allowUnauthenticatedIdentities(false)
                .developerProviderName("login.example"));

        assertThat(updated.developerProviderName()).isEqualTo("login.example");
    }

    @BothClients
    void deletesAPoolSoThatEveryOperationNoLongerFindsIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String id = cognito.createIdentityPool(b -> b.identityPoolName("p").allowUnauthenticatedIdentities(false))
                .identityPoolId();

        cognito.deleteIdentityPool(b -> b.identityPoolId(id));

        String message = "IdentityPool '" + id + "' not found.";
        assertServiceError(
                () -> cognito.describeIdentityPool(b -> b.identityPoolId(id)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.deleteIdentityPool(b -> b.identityPoolId(id)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.updateIdentityPool(
                        b -> b.identityPoolId(id).identityPoolName("p").allowUnauthenticatedIdentities(false)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
        assertServiceError(
                () -> cognito.getIdentityPoolRoles(b -> b.identityPoolId(id)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                message);
    }

    @BothClients
    void answersNotFoundForAWellFormedUnknownId(ClientKind kind) {
        assertServiceError(
                () -> kind.client(fake).describeIdentityPool(b -> b.identityPoolId(UNKNOWN_POOL)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL + "' not found.");
    }

    @BothClients
    void validatesTheIdBeforeLookingItUp(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        assertServiceError(
                () -> cognito.describeIdentityPool(b -> b.identityPoolId("us-east-2:mock")),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "1 validation error detected: Value 'us-east-2:mock' at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+");
        assertServiceError(
                () -> cognito.deleteIdentityPool(b -> b.identityPoolId(null)),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @BothClients
    void refusesAnInvalidPoolAndCreatesNothing(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        assertServiceError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName("pool#name")),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "2 validation errors detected: Value 'pool#name' at 'identityPoolName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+; "
                        + "Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: "
                        + "Member must not be null");

        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    @BothClients
    void validatesNestedProviderMembers(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);

        assertServiceError(
                () -> cognito.createIdentityPool(b -> b.identityPoolName("p")
                        .allowUnauthenticatedIdentities(false)
                        .openIdConnectProviderARNs("arn:short")
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("bad client")
                                .build())),
                CognitoIdentityException.class,
                400,
                "ValidationException",
                "2 validation errors detected: Value '[arn:short]' at 'openIdConnectProviderARNs' failed to satisfy "
                        + "constraint: Member must satisfy constraint: [Member must have length less than or equal to "
                        + "2048, Member must have length greater than or equal to 20]; Value 'bad client' at "
                        + "'cognitoIdentityProviders.1.member.clientId' failed to satisfy constraint: Member must "
                        + "satisfy regular expression pattern: [\\w_]+");
        assertThat(cognito.listIdentityPools(b -> b.maxResults(60)).identityPools())
                .isEmpty();
    }

    @BothClients
    void keepsTheOrderOfListsAndMaps(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        java.util.LinkedHashMap<String, String> providers = new java.util.LinkedHashMap<>();
        providers.put("www.amazon.com", "amzn1.application.1");
        providers.put("accounts.google.com", "google");
        providers.put("graph.facebook.com", "fb");

        CreateIdentityPoolResponse created = cognito.createIdentityPool(b -> b.identityPoolName("p")
                .allowUnauthenticatedIdentities(false)
                .supportedLoginProviders(providers)
                .samlProviderARNs(
                        "arn:aws:iam::123456789012:saml-provider/B", "arn:aws:iam::123456789012:saml-provider/A"));

        assertThat(List.copyOf(created.supportedLoginProviders().keySet()))
                .containsExactly("www.amazon.com", "accounts.google.com", "graph.facebook.com");
        assertThat(created.samlProviderARNs())
                .containsExactly(
                        "arn:aws:iam::123456789012:saml-provider/B", "arn:aws:iam::123456789012:saml-provider/A");
    }
}
