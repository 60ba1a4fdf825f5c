package io.github.cognitofake.service;

import static io.github.cognitofake.testing.ServiceErrors.assertServiceError;
import static io.github.cognitofake.testing.TestProviders.DEVELOPER;
import static io.github.cognitofake.testing.TestProviders.FACEBOOK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.service.identities.LoginVerifier;
import io.github.cognitofake.internal.service.identities.VerifiedLogin;
import io.github.cognitofake.internal.token.Jwt;
import io.github.cognitofake.junit.CognitoIdentityFakeExtension;
import io.github.cognitofake.junit.InjectCognitoIdentity;
import io.github.cognitofake.testing.BothClients;
import io.github.cognitofake.testing.ClientKind;
import io.github.cognitofake.testing.StartingClock;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.TestPools;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DeveloperUserAlreadyRegisteredException;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenForDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.LookupDeveloperIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * The developer-authenticated identities flow through the real SDK: GetOpenIdTokenForDeveloperIdentity,
 * LookupDeveloperIdentity, MergeDeveloperIdentities and UnlinkDeveloperIdentity, their rules and errors.
 */
class DeveloperIdentitiesTest {

    static final TestPools.Spec POOL =
            TestPools.pool("app").guests().developer(DEVELOPER).facebook("fb-app");

    static final String COGNITO = "cognito-identity.amazonaws.com";
    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final String UNKNOWN_IDENTITY = "us-east-1:00000000-0000-4000-8000-000000000000";
    static final String UNKNOWN_POOL = "us-east-1:00000000-0000-4000-8000-000000000001";
    static final String UNSUPPORTED = "This identity pool does not support the specified developer provider";

    @RegisterExtension
    static final StartingClock TIME = new StartingClock(NOW);

    private static final TestClock CLOCK = TIME.clock();

    @RegisterExtension
    static final CognitoIdentityFakeExtension EXTENSION = TIME.fakes();

    @InjectCognitoIdentity
    CognitoIdentityFake fake;

    static GetOpenIdTokenForDeveloperIdentityResponse signIn(
            CognitoIdentityClient cognito, String poolId, String user) {
        return cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, user)));
    }

    /** Links another developer user to an identity, proving the call is for it with the identity's own token. */
    static void link(
            CognitoIdentityClient cognito,
            String poolId,
            GetOpenIdTokenForDeveloperIdentityResponse owner,
            String user) {
        cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(poolId)
                .identityId(owner.identityId())
                .logins(Map.of(DEVELOPER, user, COGNITO, owner.token())));
    }

    static List<String> users(CognitoIdentityClient cognito, String poolId, String identityId) {
        return cognito.lookupDeveloperIdentity(b -> b.identityPoolId(poolId).identityId(identityId))
                .developerUserIdentifierList();
    }

    private int identityCount(CognitoIdentityClient cognito, String poolId) {
        return cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(60))
                .identities()
                .size();
    }

    private static Map<String, Object> claims(String token) {
        return Jwt.read(token).orElseThrow().claims();
    }

    private static long seconds(String token, String claim) {
        return Jwt.read(token).orElseThrow().secondsClaim(claim).orElseThrow();
    }

    // ---- GetOpenIdTokenForDeveloperIdentity --------------------------------------------------------------

    @BothClients
    void createsAnIdentityForANewDeveloperUserAndFindsItAgain(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        GetOpenIdTokenForDeveloperIdentityResponse first = signIn(cognito, poolId, "ann@example.com");
        GetOpenIdTokenForDeveloperIdentityResponse again = signIn(cognito, poolId, "ann@example.com");

        assertThat(first.identityId()).matches(GetIdTest.ID_PATTERN).isEqualTo(again.identityId());
        assertThat(signIn(cognito, poolId, "bob").identityId()).isNotEqualTo(first.identityId());
        Map<String, Object> claims = claims(first.token());
        assertThat(claims)
                .containsEntry("sub", first.identityId())
                .containsEntry("aud", poolId)
                .containsEntry("iss", "https://cognito-identity.amazonaws.com")
                .containsEntry(
                        "amr", List.of("authenticated", DEVELOPER, DEVELOPER + ":" + poolId + ":ann@example.com"))
                .doesNotContainKey("https://aws.amazon.com/tags");
        assertThat(seconds(first.token(), "iat")).isEqualTo(NOW.getEpochSecond());
        assertThat(seconds(first.token(), "exp"))
                .as("15 minutes by default")
                .isEqualTo(NOW.plusSeconds(15 * 60).getEpochSecond());
        DescribeIdentityResponse described = cognito.describeIdentity(b -> b.identityId(first.identityId()));
        assertThat(described.logins()).containsExactly(DEVELOPER);
        assertThat(identityCount(cognito, poolId)).isEqualTo(2);
    }

    @BothClients
    void writesTokenDurationAndPrincipalTagsIntoTheToken(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);

        String token = cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(poolId)
                        .logins(Map.of(DEVELOPER, "ann"))
                        .tokenDuration(86400L)
                        .principalTags(Map.of("department", "sales")))
                .token();

        assertThat(seconds(token, "exp")).isEqualTo(NOW.plusSeconds(86400).getEpochSecond());
        assertThat(claims(token))
                .containsEntry(
                        "https://aws.amazon.com/tags",
                        Map.of("principal_tags", Map.of("department", List.of("sales"))));
    }

    @BothClients
    void linksDeveloperUsersAndOtherLoginsToTheIdentityNamed(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        GetOpenIdTokenForDeveloperIdentityResponse ann = cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).identityId(guest).logins(Map.of(DEVELOPER, "ann", FACEBOOK, "fb-ann")));
        link(cognito, poolId, ann, "ann-work");

        assertThat(ann.identityId()).isEqualTo(guest);
        assertThat(claims(ann.token()))
                .containsEntry("amr", List.of("authenticated", DEVELOPER, DEVELOPER + ":" + poolId + ":ann", FACEBOOK));
        assertThat(users(cognito, poolId, guest)).containsExactly("ann", "ann-work");
        assertThat(cognito.describeIdentity(b -> b.identityId(guest)).logins()).containsExactly(FACEBOOK, DEVELOPER);
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "fb-ann")))
                        .identityId())
                .isEqualTo(guest);
        assertThat(signIn(cognito, poolId, "ann-work").identityId()).isEqualTo(guest);
        assertThat(identityCount(cognito, poolId)).isEqualTo(1);
    }

    @BothClients
    void takesItsOwnTokenBackAsALoginOfTheIdentity(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        GetOpenIdTokenForDeveloperIdentityResponse ann = signIn(cognito, poolId, "ann");

        GetOpenIdTokenForDeveloperIdentityResponse again = cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(COGNITO, ann.token())));

        assertThat(again.identityId()).isEqualTo(ann.identityId());
        VerifiedLogin verified = LoginVerifier.verify(
                EngineAccess.of(fake)
                        .service()
                        .identities()
                        .existingPool(poolId)
                        .pool(),
                COGNITO,
                ann.token(),
                NOW);
        assertThat(verified.userIdentifier()).isEqualTo(ann.identityId());
    }

    @BothClients
    void refusesADeveloperUserOfAnotherIdentity(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String ann = signIn(cognito, poolId, "ann").identityId();
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();

        assertUnchanged(
                cognito,
                poolId,
                () -> cognito.getOpenIdTokenForDeveloperIdentity(b ->
                        b.identityPoolId(poolId).identityId(guest).logins(Map.of(DEVELOPER, "ann", FACEBOOK, "fb"))),
                DeveloperUserAlreadyRegisteredException.class,
                "DeveloperUserAlreadyRegisteredException",
                "This developer user identifier is already registered with Cognito.");
        assertThat(users(cognito, poolId, ann)).containsExactly("ann");
        assertThat(cognito.describeIdentity(b -> b.identityId(guest)).hasLogins())
                .isFalse();
    }

    @BothClients
    void refusesKeysThatAreNotTheDeveloperProviderOrAProviderOfThePool(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String withoutDeveloper = TestPools.withGuests(cognito, "plain");

        assertUnchanged(
                cognito,
                poolId,
                () -> cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of("login.other.app", "ann"))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                UNSUPPORTED);
        assertUnchanged(
                cognito,
                withoutDeveloper,
                () -> cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(withoutDeveloper).logins(Map.of(DEVELOPER, "ann"))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                UNSUPPORTED);
        assertUnchanged(
                cognito,
                poolId,
                () -> cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "ann", COGNITO, "not-a-jwt"))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Invalid login token. Not a valid OpenId Connect identity token.");
    }

    @BothClients
    void needsOneOfTheLoginsOfAnAuthenticatedIdentity(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String facebookUser = cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "fb-ann")))
                .identityId();

        assertUnchanged(
                cognito,
                poolId,
                () -> cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).identityId(facebookUser).logins(Map.of(DEVELOPER, "ann"))),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        String linked = cognito.getOpenIdTokenForDeveloperIdentity(b -> b.identityPoolId(poolId)
                        .identityId(facebookUser)
                        .logins(Map.of(DEVELOPER, "ann", FACEBOOK, "fb-ann")))
                .identityId();
        assertThat(linked).isEqualTo(facebookUser);
    }

    @BothClients
    void refusesUnknownPoolsAndIdentitiesAndLoginsOfTwoIdentities(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        signIn(cognito, poolId, "ann");
        cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "fb-bob")));
        String otherPool = POOL.create(cognito);
        String ofOtherPool = signIn(cognito, otherPool, "carl").identityId();

        assertServiceError(
                () -> signIn(cognito, UNKNOWN_POOL, "ann"),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL + "' not found.");
        assertUnchanged(
                cognito,
                poolId,
                () -> cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).identityId(ofOtherPool).logins(Map.of(DEVELOPER, "dan"))),
                ResourceNotFoundException.class,
                "ResourceNotFoundException",
                "Identity '" + ofOtherPool + "' not found.");
        assertUnchanged(
                cognito,
                poolId,
                () -> cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "ann", FACEBOOK, "fb-bob"))),
                ResourceConflictException.class,
                "ResourceConflictException",
                "Login is already linked to another identity.");
    }

    // ---- LookupDeveloperIdentity -------------------------------------------------------------------------

    @BothClients
    void looksUpByIdentityByUserAndByBoth(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        GetOpenIdTokenForDeveloperIdentityResponse ann = signIn(cognito, poolId, "ann");
        link(cognito, poolId, ann, "ann-2");
        link(cognito, poolId, ann, "ann-3");
        String id = ann.identityId();

        LookupDeveloperIdentityResponse first = cognito.lookupDeveloperIdentity(
                b -> b.identityPoolId(poolId).identityId(id).maxResults(2));
        LookupDeveloperIdentityResponse second = cognito.lookupDeveloperIdentity(
                b -> b.identityPoolId(poolId).identityId(id).maxResults(2).nextToken(first.nextToken()));
        LookupDeveloperIdentityResponse byUser =
                cognito.lookupDeveloperIdentity(b -> b.identityPoolId(poolId).developerUserIdentifier("ann-2"));
        LookupDeveloperIdentityResponse byBoth = cognito.lookupDeveloperIdentity(
                b -> b.identityPoolId(poolId).identityId(id).developerUserIdentifier("ann-3"));

        assertThat(first.identityId()).isEqualTo(id);
        assertThat(first.developerUserIdentifierList()).containsExactly("ann", "ann-2");
        assertThat(first.nextToken()).isNotNull();
        assertThat(second.developerUserIdentifierList()).containsExactly("ann-3");
        assertThat(second.nextToken()).isNull();
        assertThat(byUser.identityId()).isEqualTo(id);
        assertThat(byUser.developerUserIdentifierList()).containsExactly("ann-2");
        assertThat(byBoth.identityId()).isEqualTo(id);
        assertThat(byBoth.developerUserIdentifierList()).containsExactly("ann-3");
        String guest = cognito.getId(b -> b.identityPoolId(poolId)).identityId();
        LookupDeveloperIdentityResponse none =
                cognito.lookupDeveloperIdentity(b -> b.identityPoolId(poolId).identityId(guest));
        assertThat(none.identityId()).isEqualTo(guest);
        assertThat(none.hasDeveloperUserIdentifierList()).isFalse();
    }

    @BothClients
    void refusesLookupsThatDoNotMatch(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String ann = signIn(cognito, poolId, "ann").identityId();
        signIn(cognito, poolId, "bob");

        assertServiceError(
                () -> cognito.lookupDeveloperIdentity(b -> b.identityPoolId(poolId)),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "Either IdentityId or DeveloperUserIdentifier must be specified.");
        assertServiceError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(poolId).identityId(ann).developerUserIdentifier("bob")),
                ResourceConflictException.class,
                400,
                "ResourceConflictException",
                "DeveloperUserIdentifier is not linked to Identity '" + ann + "'.");
        assertServiceError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(poolId).developerUserIdentifier("nobody")),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "DeveloperUserIdentifier not found.");
        assertServiceError(
                () -> cognito.lookupDeveloperIdentity(b ->
                        b.identityPoolId(poolId).identityId(UNKNOWN_IDENTITY).developerUserIdentifier("ann")),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "Identity '" + UNKNOWN_IDENTITY + "' not found.");
        assertServiceError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(UNKNOWN_POOL).identityId(ann)),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL + "' not found.");
        assertServiceError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(poolId).identityId(ann).nextToken("not-a-token")),
                InvalidParameterException.class,
                400,
                "InvalidParameterException",
                "The pagination token is invalid.");
    }

    // ---- MergeDeveloperIdentities ------------------------------------------------------------------------

    @BothClients
    void mergesTheSourceIdentityIntoTheDestination(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String source = cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "old-account", FACEBOOK, "fb-ann")))
                .identityId();
        String destination = signIn(cognito, poolId, "ann").identityId();
        CLOCK.advance(java.time.Duration.ofMinutes(1));

        String merged = cognito.mergeDeveloperIdentities(b -> b.identityPoolId(poolId)
                        .developerProviderName(DEVELOPER)
                        .sourceUserIdentifier("old-account")
                        .destinationUserIdentifier("ann"))
                .identityId();

        assertThat(merged).isEqualTo(destination);
        assertThat(users(cognito, poolId, destination)).containsExactly("ann", "old-account");
        assertThat(cognito.describeIdentity(b -> b.identityId(destination)).logins())
                .containsExactly(FACEBOOK, DEVELOPER);
        assertThat(signIn(cognito, poolId, "old-account").identityId()).isEqualTo(destination);
        assertThat(cognito.getId(b -> b.identityPoolId(poolId).logins(Map.of(FACEBOOK, "fb-ann")))
                        .identityId())
                .isEqualTo(destination);
        DescribeIdentityResponse old = cognito.describeIdentity(b -> b.identityId(source));
        assertThat(old.hasLogins()).isFalse();
        assertThat(old.lastModifiedDate()).isEqualTo(NOW.plusSeconds(60));
        assertThat(cognito.listIdentities(
                                b -> b.identityPoolId(poolId).maxResults(60).hideDisabled(true))
                        .identities())
                .extracting(i -> i.identityId())
                .containsExactly(destination);
        assertThat(cognito.mergeDeveloperIdentities(b -> b.identityPoolId(poolId)
                                .developerProviderName(DEVELOPER)
                                .sourceUserIdentifier("old-account")
                                .destinationUserIdentifier("ann"))
                        .identityId())
                .as("users of one identity already")
                .isEqualTo(destination);
        assertServiceError(
                () -> cognito.getOpenIdTokenForDeveloperIdentity(
                        b -> b.identityPoolId(poolId).identityId(source).logins(Map.of(DEVELOPER, "new-user"))),
                NotAuthorizedException.class,
                400,
                "NotAuthorizedException",
                "Access to Identity '" + source + "' is forbidden.");
    }

    @BothClients
    void refusesMergesThatCannotBeDone(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "ann", FACEBOOK, "fb-ann")));
        cognito.getOpenIdTokenForDeveloperIdentity(
                b -> b.identityPoolId(poolId).logins(Map.of(DEVELOPER, "bob", FACEBOOK, "fb-bob")));
        GetOpenIdTokenForDeveloperIdentityResponse big = signIn(cognito, poolId, "big-0");
        for (int i = 1; i < 11; i++) {
            link(cognito, poolId, big, "big-" + i);
        }
        GetOpenIdTokenForDeveloperIdentityResponse other = signIn(cognito, poolId, "other-0");
        for (int i = 1; i < 10; i++) {
            link(cognito, poolId, other, "other-" + i);
        }

        assertUnchanged(
                cognito,
                poolId,
                () -> merge(cognito, poolId, "other.provider", "ann", "bob"),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                UNSUPPORTED);
        assertUnchanged(
                cognito,
                poolId,
                () -> merge(cognito, poolId, DEVELOPER, "nobody", "bob"),
                ResourceNotFoundException.class,
                "ResourceNotFoundException",
                "DeveloperUserIdentifier not found.");
        assertUnchanged(
                cognito,
                poolId,
                () -> merge(cognito, poolId, DEVELOPER, "ann", "nobody"),
                ResourceNotFoundException.class,
                "ResourceNotFoundException",
                "DeveloperUserIdentifier not found.");
        assertUnchanged(
                cognito,
                poolId,
                () -> merge(cognito, poolId, DEVELOPER, "ann", "bob"),
                ResourceConflictException.class,
                "ResourceConflictException",
                "The source and destination identities have different users of provider graph.facebook.com.");
        assertUnchanged(
                cognito,
                poolId,
                () -> merge(cognito, poolId, DEVELOPER, "other-3", "big-5"),
                InvalidParameterException.class,
                "InvalidParameterException",
                "The source and destination identities together have 21 linked logins; at most 20 are allowed.");
        assertServiceError(
                () -> merge(cognito, UNKNOWN_POOL, DEVELOPER, "ann", "bob"),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL + "' not found.");
        assertThat(users(cognito, poolId, other.identityId())).hasSize(10);
    }

    private static void merge(
            CognitoIdentityClient cognito, String poolId, String provider, String source, String destination) {
        cognito.mergeDeveloperIdentities(b -> b.identityPoolId(poolId)
                .developerProviderName(provider)
                .sourceUserIdentifier(source)
                .destinationUserIdentifier(destination));
    }

    // ---- UnlinkDeveloperIdentity -------------------------------------------------------------------------

    @BothClients
    void unlinksADeveloperUserWhichIsThenANewUser(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        GetOpenIdTokenForDeveloperIdentityResponse ann = signIn(cognito, poolId, "ann");
        link(cognito, poolId, ann, "ann-2");

        cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(poolId)
                .identityId(ann.identityId())
                .developerProviderName(DEVELOPER)
                .developerUserIdentifier("ann"));

        assertThat(users(cognito, poolId, ann.identityId())).containsExactly("ann-2");
        assertServiceError(
                () -> cognito.lookupDeveloperIdentity(
                        b -> b.identityPoolId(poolId).developerUserIdentifier("ann")),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "DeveloperUserIdentifier not found.");
        assertThat(signIn(cognito, poolId, "ann").identityId()).isNotEqualTo(ann.identityId());
    }

    @BothClients
    void refusesUnlinksThatDoNotMatch(ClientKind kind) {
        CognitoIdentityClient cognito = kind.client(fake);
        String poolId = POOL.create(cognito);
        String ann = signIn(cognito, poolId, "ann").identityId();
        signIn(cognito, poolId, "bob");

        assertUnchanged(
                cognito,
                poolId,
                () -> unlink(cognito, poolId, ann, "other.provider", "ann"),
                NotAuthorizedException.class,
                "NotAuthorizedException",
                UNSUPPORTED);
        assertUnchanged(
                cognito,
                poolId,
                () -> unlink(cognito, poolId, UNKNOWN_IDENTITY, DEVELOPER, "ann"),
                ResourceNotFoundException.class,
                "ResourceNotFoundException",
                "Identity '" + UNKNOWN_IDENTITY + "' not found.");
        assertUnchanged(
                cognito,
                poolId,
                () -> unlink(cognito, poolId, ann, DEVELOPER, "nobody"),
                ResourceNotFoundException.class,
                "ResourceNotFoundException",
                "DeveloperUserIdentifier not found.");
        assertUnchanged(
                cognito,
                poolId,
                () -> unlink(cognito, poolId, ann, DEVELOPER, "bob"),
                ResourceConflictException.class,
                "ResourceConflictException",
                "DeveloperUserIdentifier is not linked to Identity '" + ann + "'.");
        assertServiceError(
                () -> unlink(cognito, UNKNOWN_POOL, ann, DEVELOPER, "ann"),
                ResourceNotFoundException.class,
                400,
                "ResourceNotFoundException",
                "IdentityPool '" + UNKNOWN_POOL + "' not found.");
    }

    private static void unlink(
            CognitoIdentityClient cognito, String poolId, String identityId, String provider, String user) {
        cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(poolId)
                .identityId(identityId)
                .developerProviderName(provider)
                .developerUserIdentifier(user));
    }

    @Test
    void answersUnlinkWithAnEmptyBody() {
        CognitoIdentityClient cognito = fake.client();
        String poolId = POOL.create(cognito);
        String ann = signIn(cognito, poolId, "ann").identityId();

        assertThat(cognito.unlinkDeveloperIdentity(b -> b.identityPoolId(poolId)
                                .identityId(ann)
                                .developerProviderName(DEVELOPER)
                                .developerUserIdentifier("ann"))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(200);
    }

    // ---- Refused calls change nothing --------------------------------------------------------------------

    /** Asserts the error, and that the pool's identities and developer users are as before the call. */
    private <T extends AwsServiceException> void assertUnchanged(
            CognitoIdentityClient cognito,
            String poolId,
            ThrowingCallable call,
            Class<T> type,
            String code,
            String message) {
        String before = snapshot(cognito, poolId);
        assertServiceError(call, type, 400, code, message);
        assertThat(snapshot(cognito, poolId)).as("state after the refused call").isEqualTo(before);
    }

    private static String snapshot(CognitoIdentityClient cognito, String poolId) {
        StringBuilder state = new StringBuilder();
        cognito.listIdentities(b -> b.identityPoolId(poolId).maxResults(60))
                .identities()
                .forEach(identity -> state.append(identity.identityId())
                        .append(identity.logins())
                        .append(identity.lastModifiedDate())
                        .append(users(cognito, poolId, identity.identityId()))
                        .append('\n'));
        return state.toString();
    }
}
