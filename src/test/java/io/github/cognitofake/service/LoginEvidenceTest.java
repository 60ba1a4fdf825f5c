package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestTokens.claims;
import static io.github.cognitofake.testing.TestTokens.idToken;
import static io.github.cognitofake.testing.TestTokens.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.testing.ClientKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;

/**
 * Login rules corrected after public traces of the real service: Cognito Identity's own tokens in GetId
 * (aws/aws-sdk-net#420, soto-project/soto#452), the developer provider name as a Logins key, the order of the
 * token checks (amazon-cognito-identity-js#7, #162, #391), Google audiences (aws-amplify/amplify-js#5712), and
 * the merge of an authenticated identity (developer guide, "Merging identities").
 */
class LoginEvidenceTest {

    private static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc123";
    private static final String FACEBOOK = "graph.facebook.com";
    private static final String GOOGLE = "accounts.google.com";
    private static final String COGNITO = "cognito-identity.amazonaws.com";
    private static final String DEVELOPER = "login.example";
    private static final String CANT_PASS = "Invalid login token. Can't pass in a Cognito token.";
    private static final String NOT_SUPPORTED = "Token is not from a supported provider of this identity pool.";
    private static final String ISSUER_MISMATCH = "Invalid login token. Issuer doesn't match providerName";

    private final CognitoIdentityFake fake = CognitoIdentityFake.create();

    @AfterEach
    void close() {
        fake.close();
    }

    private static String createPool(CognitoIdentityClient cognito) {
        String poolId = cognito.createIdentityPool(b -> b.identityPoolName("app")
                        .allowUnauthenticatedIdentities(true)
                        .developerProviderName(DEVELOPER)
                        .supportedLoginProviders(Map.of(FACEBOOK, "fb-app", GOOGLE, "google-client"))
                        .cognitoIdentityProviders(CognitoIdentityProvider.builder()
                                .providerName(USER_POOL)
                                .clientId("client1")
                                .build()))
                .identityPoolId();
        cognito.setIdentityPoolRoles(b -> b.identityPoolId(poolId)
                .roles(Map.of(
                        "authenticated", "arn:aws:iam::123456789012:role/Auth",
                        "unauthenticated", "arn:aws:iam::123456789012:role/Guest")));
        return poolId;
    }

    private static void assertNotAuthorized(Runnable call, String message) {
        assertServiceError(call::run, NotAuthorizedException.class, 400, "NotAuthorizedException", message);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void getIdTakesNoTokenOfCognitoIdentityButTheEnhancedFlowDoes(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);
        var developer = cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "user123")));

        assertNotAuthorized(
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(COGNITO, developer.token()))),
                CANT_PASS);
        GetCredentialsForIdentityResponse credentials = cognito.getCredentialsForIdentity(
                b -> b.identityId(developer.identityId()).logins(Map.of(COGNITO, developer.token())));
        assertThat(credentials.identityId()).isEqualTo(developer.identityId());
        assertNotAuthorized(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(developer.identityId()).logins(Map.of(DEVELOPER, developer.token()))),
                CANT_PASS);
        assertNotAuthorized(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(developer.identityId()).logins(Map.of(USER_POOL, developer.token()))),
                CANT_PASS);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void theDeveloperProviderNameIsNoPublicProvider(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);
        var developer = cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "user123")));
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put(COGNITO, developer.token());
        logins.put(DEVELOPER, "user123");

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(
                        b -> b.identityId(developer.identityId()).logins(logins)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "Please provide a valid public provider.");
        assertServiceError(
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "user123"))),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "Please provide a valid public provider.");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aKeyThatIsNotTheTokensIssuerIsAnIssuerMismatchEvenWhenNoProviderHasIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);
        String userPoolToken = idToken(USER_POOL, "client1", "alice");
        String otherUserPool = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Other9";

        for (String key : new String[] {"loginKey", "cognito-idp:us-east-1:amazonaws.com/us-east-1_Abc123", GOOGLE}) {
            assertNotAuthorized(
                    () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(key, userPoolToken))),
                    ISSUER_MISMATCH);
        }
        assertNotAuthorized(
                () -> cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(otherUserPool, idToken(otherUserPool, "client1", "alice")))),
                NOT_SUPPORTED);
        assertNotAuthorized(
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("www.amazon.com", "opaque"))),
                NOT_SUPPORTED);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aMissingAudienceIsAnsweredBeforeTheIssuer(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);
        Map<String, Object> accessToken = claims("https://" + USER_POOL, "unused", "alice");
        accessToken.remove("aud");
        accessToken.put("client_id", "client1");
        accessToken.put("token_use", "access");

        assertNotAuthorized(
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of("us-east-1_Abc123", jwt(accessToken)))),
                "Invalid login token. Missing a required claim: aud");
        assertNotAuthorized(
                () -> cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, jwt(accessToken)))),
                "Invalid login token. Missing a required claim: aud");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aGoogleTokenForAnotherClientIsNotFromASupportedProvider(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);

        assertNotAuthorized(
                () -> cognito.getId(b -> b.identityPoolId(poolId)
                        .logins(Map.of(GOOGLE, jwt(claims("https://accounts.google.com", "ios-client", "g-1"))))),
                NOT_SUPPORTED);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void anAuthenticatedIdentityWithoutLoginsIsForbidden(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);
        String alice = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "alice")))
                .identityId();

        assertNotAuthorized(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(alice)),
                "Access to Identity '" + alice + "' is forbidden.");
        assertNotAuthorized(
                () -> cognito.getOpenIdToken(b -> b.identityId(alice)),
                "Access to Identity '" + alice + "' is forbidden.");
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void anAuthenticatedIdentityBringingAnotherIdentitysLoginIsMergedIntoIt(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);
        String ann = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "ann")))
                .identityId();
        String bob = cognito.getId(
                        b -> b.identityPoolId(poolId).logins(Map.of(USER_POOL, idToken(USER_POOL, "client1", "bob"))))
                .identityId();
        Map<String, String> both = new LinkedHashMap<>();
        both.put(FACEBOOK, "ann");
        both.put(USER_POOL, idToken(USER_POOL, "client1", "bob"));

        GetCredentialsForIdentityResponse answer =
                cognito.getCredentialsForIdentity(b -> b.identityId(ann).logins(both));

        assertThat(answer.identityId()).as("the owner of the other login").isEqualTo(bob);
        assertThat(cognito.describeIdentity(b -> b.identityId(bob)).logins())
                .containsExactlyInAnyOrder(USER_POOL, FACEBOOK);
        assertThat(cognito.describeIdentity(b -> b.identityId(ann)).hasLogins()).isFalse();
        assertNotAuthorized(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(ann).logins(Map.of(FACEBOOK, "ann"))),
                "Access to Identity '" + ann + "' is forbidden.");
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "ann")))
                        .identityId())
                .isEqualTo(bob);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aMergeOfTwoUsersOfOneProviderIsAConflictAndChangesNothing(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = createPool(cognito);
        Map<String, String> annAndCarl = new LinkedHashMap<>();
        annAndCarl.put(FACEBOOK, "ann");
        annAndCarl.put(USER_POOL, idToken(USER_POOL, "client1", "carl"));
        String ann =
                cognito.getId(b -> b.identityPoolId(poolId).logins(annAndCarl)).identityId();
        String bob = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(GOOGLE, googleToken("bob"))))
                .identityId();
        cognito.getCredentialsForIdentity(b -> b.identityId(bob)
                .logins(Map.of(GOOGLE, googleToken("bob"), USER_POOL, idToken(USER_POOL, "client1", "dora"))));
        Map<String, String> call = new LinkedHashMap<>();
        call.put(FACEBOOK, "ann");
        call.put(GOOGLE, googleToken("bob"));

        assertServiceError(
                () -> cognito.getCredentialsForIdentity(b -> b.identityId(ann).logins(call)),
                ResourceConflictException.class,
                400,
                "ResourceConflictException",
                "Login is already linked to another identity.");
        assertThat(cognito.describeIdentity(b -> b.identityId(ann)).logins())
                .containsExactlyInAnyOrder(FACEBOOK, USER_POOL);
    }

    private static String googleToken(String sub) {
        return jwt(claims("https://accounts.google.com", "google-client", sub));
    }
}
