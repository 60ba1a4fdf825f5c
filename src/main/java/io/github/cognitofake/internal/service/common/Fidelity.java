package io.github.cognitofake.internal.service.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every message text and behaviour of the service layer that was chosen without first-hand evidence,
 * in one place so that it is easy to correct when the real service is observed. Each entry is listed in
 * {@code docs/fidelity.md}; confirmed texts are marked so, with their source there.
 */
public final class Fidelity {

    private Fidelity() {}

    // ---- Messages ----------------------------------------------------------------------------------

    /** CONFIRMED for GetId and DescribeIdentityPool; assumed for every operation that takes a pool id. */
    public static String poolNotFound(String identityPoolId) {
        return "IdentityPool '" + identityPoolId + "' not found.";
    }

    /** CONFIRMED (CloudFormation and CDK logs), including the parentheses. */
    public static String notAConfiguredProvider(String providerName) {
        return "(" + providerName + ") is not a valid RoleMapping ProviderName or is not a configured provider.";
    }

    /** CONFIRMED for a role name passed where an ARN belongs; assumed for any value that is not an IAM role ARN. */
    public static String roleAccessForbidden(String role) {
        return "Access to Role '" + role + "' is forbidden.";
    }

    /** UNCONFIRMED: code InvalidParameterException and this text. */
    public static String ambiguousRoleResolutionMissing(String providerName) {
        return "AmbiguousRoleResolution must be specified for the role mapping of provider (" + providerName
                + ") when its Type is Token or Rules.";
    }

    /** UNCONFIRMED: code InvalidParameterException and this text. */
    public static String rulesConfigurationMissing(String providerName) {
        return "RulesConfiguration must be specified for the role mapping of provider (" + providerName
                + ") when its Type is Rules.";
    }

    /** UNCONFIRMED: code InvalidParameterException and this text. */
    public static String rulesConfigurationNotAllowed(String providerName) {
        return "RulesConfiguration must not be specified for the role mapping of provider (" + providerName
                + ") when its Type is Token.";
    }

    /** UNCONFIRMED: code InvalidParameterException (LimitExceededException is not modeled for SetIdentityPoolRoles) and text. */
    public static String tooManyRules(String providerName, int count) {
        return "The role mapping of provider (" + providerName + ") has " + count + " rules; at most "
                + MAX_RULES_PER_ROLE_MAPPING + " rules are allowed per role mapping.";
    }

    /** UNCONFIRMED: code InvalidParameterException and text. */
    public static String developerProviderNameChanged(String current) {
        return "Developer provider name cannot be changed once set. It is currently '" + current + "'.";
    }

    /** Fake-only (the API cannot choose pool ids): seeding a fixed id that a pool already has. */
    public static String poolIdTaken(String identityPoolId) {
        return "An identity pool with id '" + identityPoolId + "' exists already.";
    }

    /** UNCONFIRMED: code InvalidParameterException and text. */
    public static final String INVALID_PAGINATION_TOKEN = "The pagination token is invalid.";

    // ---- Messages of role resolution (GetCredentialsForIdentity) -------------------------------------

    /**
     * CONFIRMED (raw body in aws/aws-sdk-js#1615): no role of the needed type, code
     * InvalidIdentityPoolConfigurationException.
     */
    public static final String INVALID_IDENTITY_POOL_CONFIGURATION =
            "Invalid identity pool configuration. Check assigned IAM roles for this pool.";

    /**
     * CONFIRMED for {@code accounts.google.com} (aws-amplify/amplify-js#3621), code NotAuthorizedException.
     * UNCONFIRMED that a user pool provider is named by its role mapping key ({@code <provider>:<clientId>}).
     */
    public static String ambiguousRoleMappingDenied(String roleMappingKey) {
        return "The ambiguous role mapping rules for: " + roleMappingKey + " denied this request.";
    }

    /**
     * UNCONFIRMED: code NotAuthorizedException and text, when CustomRoleArn is not among the roles the
     * login's role mapping allows (the developer guide says only "deny access").
     */
    public static String customRoleArnNotAllowed(String customRoleArn, String roleMappingKey) {
        return "The CustomRoleArn " + customRoleArn + " is not allowed by the role mapping rules for: " + roleMappingKey
                + ".";
    }

    // ---- Identities and logins ---------------------------------------------------------------------

    /** CONFIRMED (ResourceNotFoundException seen from a mobile SDK). */
    public static String identityNotFound(String identityId) {
        return "Identity '" + identityId + "' not found.";
    }

    /** CONFIRMED for a disabled identity (raw x-amzn-ErrorMessage header of a NotAuthorizedException). */
    public static String identityForbidden(String identityId) {
        return "Access to Identity '" + identityId + "' is forbidden.";
    }

    /** CONFIRMED text: GetId or credentials without Logins on a pool that does not allow guests. */
    public static final String UNAUTHENTICATED_NOT_SUPPORTED =
            "Unauthenticated access is not supported for this identity pool.";

    /**
     * CONFIRMED text (x-amzn-ErrorMessage header). Trigger UNCONFIRMED: Logins of an identity that has linked
     * logins name none of them; and any Logins on a pool with no login provider configured at all.
     */
    public static final String LOGINS_DO_NOT_MATCH =
            "Logins don't match. Please include at least one valid login for this identity or identity pool.";

    /**
     * CONFIRMED: a user pool token whose {@code aud} is not a ClientId the pool has for that user pool, and a
     * Logins key the pool does not have (users who had the wrong user pool id in the key).
     */
    public static final String NOT_A_SUPPORTED_PROVIDER =
            "Token is not from a supported provider of this identity pool.";

    /** CONFIRMED text (no period at the end): the token's {@code iss} is not the provider of its Logins key. */
    public static final String ISSUER_MISMATCH = "Invalid login token. Issuer doesn't match providerName";

    /** CONFIRMED: {@code now} first, then the token's {@code exp}, in epoch seconds. */
    public static String tokenExpired(long nowSeconds, long expSeconds) {
        return "Invalid login token. Token expired: " + nowSeconds + " >= " + expSeconds;
    }

    /** CONFIRMED for {@code aud} (a user pool access token, which has {@code client_id} instead); assumed for {@code sub}. */
    public static String missingClaim(String claim) {
        return "Invalid login token. Missing a required claim: " + claim;
    }

    /** CONFIRMED text; UNCONFIRMED trigger: a user pool Logins value that is not a JWT. */
    public static final String NOT_A_COGNITO_TOKEN = "Invalid login token. Not a Cognito token.";

    /** CONFIRMED text (GetId); UNCONFIRMED trigger: an OpenID Connect, Google, Apple or developer Logins value that is not a JWT. */
    public static final String NOT_AN_OPENID_CONNECT_TOKEN =
            "Invalid login token. Not a valid OpenId Connect identity token.";

    /** UNCONFIRMED: a Google or Sign in with Apple token whose {@code aud} is not the app id configured for the provider. */
    public static final String INCORRECT_AUDIENCE = "Invalid login token. Incorrect token audience.";

    /**
     * UNCONFIRMED text (the model documents ResourceConflictException as "a login which is already linked to
     * another account"): the logins of one GetId belong to different identities, or a call for an identity
     * with linked logins brings a login of another identity.
     */
    public static final String LOGIN_LINKED_TO_ANOTHER_IDENTITY = "Login is already linked to another identity.";

    /** UNCONFIRMED text: ListIdentities with a NextToken of another pool or one the fake did not make. */
    public static final String INVALID_IDENTITIES_PAGINATION_TOKEN = INVALID_PAGINATION_TOKEN;

    // ---- Behaviour ---------------------------------------------------------------------------------

    /**
     * UNCONFIRMED beyond role names: a role that does not match this is refused with
     * {@link #roleAccessForbidden}, as the service refuses roles the caller cannot pass.
     */
    public static final String IAM_ROLE_ARN_PATTERN = "arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+";

    /** The documented quota of rules per role mapping (the model allows up to 400). */
    public static final int MAX_RULES_PER_ROLE_MAPPING = 25;

    /** UNCONFIRMED: SetIdentityPoolRoles without RoleMappings keeps the pool's mappings (Terraform sends {} to clear them). */
    public static final boolean OMITTED_ROLE_MAPPINGS_ARE_KEPT = true;

    /**
     * UNCONFIRMED: UpdateIdentityPool resets omitted members to their defaults, as documented, except
     * IdentityPoolTags, which are kept when omitted (tags have their own API) and replaced when given.
     */
    public static final boolean UPDATE_KEEPS_OMITTED_TAGS = true;

    /** UNCONFIRMED: UpdateIdentityPool without DeveloperProviderName keeps the one that is set (it cannot change). */
    public static final boolean UPDATE_KEEPS_OMITTED_DEVELOPER_PROVIDER_NAME = true;

    // ---- Tags and principal tags -------------------------------------------------------------------

    /** The documented quota of tags per identity pool (the model sets no limit on the map). */
    public static final int MAX_TAGS_PER_POOL = 50;

    /**
     * UNCONFIRMED: InvalidParameterException and this text for a ResourceArn that is no ARN, names another
     * service or resource type, or an identity pool id of the wrong form. (ARNs of this service and resource
     * type in another partition, region or account are answered like a pool that does not exist.)
     */
    public static String invalidIdentityPoolArn(String arn) {
        return "Invalid identity pool ARN '" + arn
                + "'; expected arn:<partition>:cognito-identity:<region>:<account id>:identitypool/<identity pool id>.";
    }

    /**
     * UNCONFIRMED: InvalidParameterException and this text for a tag key starting with {@code aws:} in any
     * case (the Cognito tagging guide reserves the prefix for keys) in TagResource, UntagResource,
     * CreateIdentityPool and UpdateIdentityPool. Values may start with it.
     */
    public static String reservedTagKey(String key) {
        return "Tag key '" + key + "' starts with 'aws:', which is reserved for AWS use.";
    }

    /**
     * UNCONFIRMED: InvalidParameterException (LimitExceededException is not modeled for TagResource) and this
     * text when a pool would have more than {@link #MAX_TAGS_PER_POOL} tags, counted after TagResource merged
     * its tags into the existing ones; CreateIdentityPool and UpdateIdentityPool check their IdentityPoolTags alike.
     */
    public static String tooManyTags(int count) {
        return "An identity pool can have at most " + MAX_TAGS_PER_POOL + " tags; this request would give it " + count
                + ".";
    }

    /**
     * UNCONFIRMED: InvalidParameterException and this text when Set/GetPrincipalTagAttributeMap names a provider
     * the pool does not have. Names that count: a SupportedLoginProviders key, a user pool's ProviderName
     * (without the app client id), an OpenID Connect provider's IAM ARN or its issuer, a SAML provider's ARN.
     */
    public static String notAPrincipalTagProvider(String providerName, String identityPoolId) {
        return "Identity provider '" + providerName + "' is not configured for identity pool '" + identityPoolId + "'.";
    }

    /**
     * UNCONFIRMED beyond Cognito user pools: the principal tags the credentials of a provider carry when its
     * map uses the defaults, tag key to claim. The developer guide's table lists the claims (aud and sub for
     * most providers, user_id for Login with Amazon, the nameidentifier and name attributes for SAML); the tag
     * keys {@code username} and {@code client} are the console's for user pools.
     */
    public static final Map<String, String> DEFAULT_PRINCIPAL_TAGS = ordered("username", "sub", "client", "aud");

    /** UNCONFIRMED: see {@link #DEFAULT_PRINCIPAL_TAGS}; Login with Amazon names the user {@code user_id}. */
    public static final Map<String, String> DEFAULT_PRINCIPAL_TAGS_AMAZON =
            ordered("username", "user_id", "client", "aud");

    /** UNCONFIRMED: see {@link #DEFAULT_PRINCIPAL_TAGS}; SAML assertions carry attributes, not claims. */
    public static final Map<String, String> DEFAULT_PRINCIPAL_TAGS_SAML = ordered(
            "username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
            "name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name");

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    // ---- Behaviour of role resolution (RoleResolver) ------------------------------------------------

    /**
     * UNCONFIRMED: GetId with an AccountId that is not the fake's answers as if the pool did not exist
     * ({@link #poolNotFound}): pools are looked up within an account.
     */
    public static final boolean GET_ID_CHECKS_ACCOUNT_ID = true;

    /**
     * UNCONFIRMED: a guest identity (no linked logins) called with a login that belongs to another identity is
     * merged into that identity: the guest identity is disabled and the call answers for the other identity
     * (the SDKs' "identity changed" notification; guests found disabled after a merge).
     */
    public static final boolean GUEST_IDENTITY_MERGES_INTO_LOGIN_OWNER = true;

    // ---- Developer-authenticated identities ----------------------------------------------------------

    /**
     * CONFIRMED text (a user's report, danilop/LambdAuth#32; no final period). UNCONFIRMED: the code
     * NotAuthorizedException, and the triggers: a Logins key of GetOpenIdTokenForDeveloperIdentity that is neither
     * the pool's DeveloperProviderName nor a provider the pool has (so also any key of a pool without one), and a
     * DeveloperProviderName of Merge/UnlinkDeveloperIdentity that is not the pool's.
     */
    public static final String UNSUPPORTED_DEVELOPER_PROVIDER =
            "This identity pool does not support the specified developer provider";

    /**
     * Documented by the model (the {@code message} member of DeveloperUserAlreadyRegisteredException): the
     * developer user is linked to another identity than the IdentityId of GetOpenIdTokenForDeveloperIdentity.
     */
    public static final String DEVELOPER_USER_ALREADY_REGISTERED =
            "This developer user identifier is already registered with Cognito.";

    /** UNCONFIRMED: code InvalidParameterException and text, LookupDeveloperIdentity without either value. */
    public static final String LOOKUP_NEEDS_IDENTITY_OR_USER =
            "Either IdentityId or DeveloperUserIdentifier must be specified.";

    /**
     * UNCONFIRMED: code ResourceNotFoundException and text, a DeveloperUserIdentifier no identity of the pool has
     * (LookupDeveloperIdentity, MergeDeveloperIdentities, UnlinkDeveloperIdentity). The identifier is not echoed:
     * it is often an e-mail address.
     */
    public static final String DEVELOPER_USER_NOT_FOUND = "DeveloperUserIdentifier not found.";

    /**
     * UNCONFIRMED text (the code ResourceConflictException is documented for LookupDeveloperIdentity): the
     * DeveloperUserIdentifier is not linked to the given identity (LookupDeveloperIdentity, UnlinkDeveloperIdentity).
     */
    public static String developerUserNotOfIdentity(String identityId) {
        return "DeveloperUserIdentifier is not linked to Identity '" + identityId + "'.";
    }

    /** The documented quota of linked logins per identity, which MergeDeveloperIdentities checks. */
    public static final int MAX_LINKED_LOGINS = 20;

    /**
     * UNCONFIRMED: code InvalidParameterException (LimitExceededException is not modeled for
     * MergeDeveloperIdentities) and text, when the two identities together have more than
     * {@link #MAX_LINKED_LOGINS} linked logins, developer users included.
     */
    public static String tooManyLinkedLogins(int count) {
        return "The source and destination identities together have " + count + " linked logins; at most "
                + MAX_LINKED_LOGINS + " are allowed.";
    }

    /**
     * UNCONFIRMED: code ResourceConflictException and text, when the identities of a merge have different users of
     * the same provider (the API reference says only "an exception will be thrown").
     */
    public static String mergeProviderConflict(String providerName) {
        return "The source and destination identities have different users of provider " + providerName + ".";
    }

    /**
     * The issuers the fake accepts for the social providers that sign JWTs. Tokens of the other social
     * providers (Facebook, Amazon, Twitter, Digits) and SAML assertions are opaque to Cognito too.
     */
    public static final Map<String, Set<String>> SOCIAL_JWT_ISSUERS = Map.of(
            "accounts.google.com", Set.of("https://accounts.google.com", "accounts.google.com"),
            "appleid.apple.com", Set.of("https://appleid.apple.com"));

    // ---- GetCredentialsForIdentity (CredentialsService) ---------------------------------------------

    // ---- OpenID tokens, UnlinkIdentity, DeleteIdentities ---------------------------------------------

    /**
     * CONFIRMED: the {@code amr} entry of a user pool sign-in, {@code <provider>:CognitoSignIn:<sub>} (API
     * Gateway's {@code cognitoAuthenticationProvider}, which is the amr after {@code authenticated}).
     */
    public static String amrUserPoolUser(String providerName, String sub) {
        return providerName + ":CognitoSignIn:" + sub;
    }

    /**
     * CONFIRMED for Facebook ({@code graph.facebook.com:<app id>:<user id>}, a logged
     * {@code cognitoAuthenticationProvider}); UNCONFIRMED for the other providers: the app id is the token's
     * audience among the configured ids (Google, Apple), the configured id (opaque tokens), the token's first
     * audience (OpenID Connect); without one (SAML) the entry is {@code <provider>:<user>}.
     */
    public static String amrProviderUser(String providerName, Optional<String> appId, String user) {
        return appId.map(id -> providerName + ":" + id + ":" + user).orElse(providerName + ":" + user);
    }

    /**
     * UNCONFIRMED: a call whose login is a token of the fake's own ({@code cognito-identity.amazonaws.com}) gets
     * that token's amr entries after {@code authenticated}, as the token witnesses how its identity signed in.
     */
    public static final boolean DEVELOPER_LOGIN_AMR_CARRIES_OVER = true;

    /**
     * UNCONFIRMED: GetOpenIdToken's token carries the principal tags of the first login whose provider's
     * principal tag map gives any (as the credentials of the enhanced flow carry them as session tags), so that
     * AssumeRoleWithWebIdentity in the basic flow can pass them on.
     */
    public static final boolean OPEN_ID_TOKEN_CARRIES_PRINCIPAL_TAGS = true;

    /**
     * CONFIRMED (API reference: "Removing the last linked login will make this identity inaccessible"; an AWS
     * engineer in aws-sdk-unity#114: "unlinking the Facebook login will cause the identity to become disabled
     * completely"): an identity that loses its last login is disabled, not turned back into a guest.
     */
    public static final boolean UNLINKING_THE_LAST_LOGIN_DISABLES = true;

    /**
     * Choices about the real service's behaviour that are built into the code rather than switched by a
     * constant: each names the class that implements it, and docs/fidelity.md lists it. They are named here
     * so that the code can point at the choice ({@code Fidelity.Choice.X}) and a reader finds them in one place.
     */
    public enum Choice {
        /**
         * UNCONFIRMED: CustomRoleArn is ignored when no role mapping applies (guests, providers without a
         * mapping), as the model documents it as optional "for identity providers that do not support role
         * customization"; with a Token or Rules mapping it must be one of the roles the mapping allows.
         */
        CUSTOM_ROLE_IGNORED_WITHOUT_MAPPING,

        /**
         * UNCONFIRMED: a Token mapping meeting a token with a single {@code cognito:roles} entry and no
         * {@code cognito:preferred_role} uses that role (the docs call only "multiple" roles ambiguous); a
         * token without any {@code cognito:roles} is ambiguous.
         */
        SINGLE_TOKEN_ROLE_IS_PREFERRED,

        /**
         * UNCONFIRMED: a Rules claim that is a JSON array (such as {@code cognito:groups}) matches when any
         * element matches (Equals, Contains, StartsWith), and NotEqual matches when no element equals the
         * value; numbers and booleans are compared as their JSON text ({@code true}, {@code 42}).
         */
        LIST_CLAIMS_MATCH_ANY_ELEMENT,

        /** UNCONFIRMED: GetId returns a disabled identity's id (only credentials and tokens are refused). */
        GET_ID_RETURNS_DISABLED_IDENTITIES,

        /**
         * UNCONFIRMED: GetOpenIdTokenForDeveloperIdentity applies the identity rules of the other calls for an identity:
         * a login of another identity is a conflict (no guest merge: the caller named the identity), a disabled
         * identity gets no token. CONFIRMED: an identity with linked logins needs one of them (or one of its developer
         * users) in the call, else {@link #LOGINS_DO_NOT_MATCH} (aws/aws-sdk-js#2327).
         */
        DEVELOPER_TOKEN_FOLLOWS_IDENTITY_RULES,

        /**
         * UNCONFIRMED: with several logins, the first login (in the order of the request's Logins) whose
         * provider has a role mapping decides the role; with none mapped, the authenticated role applies.
         */
        FIRST_MAPPED_LOGIN_DECIDES,

        /**
         * UNCONFIRMED: MergeDeveloperIdentities moves every login and developer user of the source identity to the
         * destination identity and disables the source (as a guest merged by a login is), which keeps no login. Users
         * already of one identity: nothing changes, the answer is that identity.
         */
        MERGE_DISABLES_SOURCE_IDENTITY,

        /**
         * UNCONFIRMED: GetCredentialsForIdentity is all or nothing. When role resolution refuses (Deny, a
         * CustomRoleArn not allowed, no role configured), the call's new logins are not linked and a guest identity
         * is not merged, and no credentials are recorded. (Whether Cognito links first and fails later is not
         * observed; GetId, which apps call first, links the same logins anyway.)
         */
        REFUSED_CREDENTIALS_LINK_NOTHING,

        /**
         * UNCONFIRMED: the session (principal) tags of credentials come from the login that decided the role (the
         * first login with a role mapping, else the first login), through its provider's principal tag map; other
         * logins of the call add none. Guests get none.
         */
        SESSION_TAGS_FROM_DECIDING_LOGIN,

        /**
         * UNCONFIRMED: a principal tag whose claim the token lacks is left out; a string claim gives its value, a
         * number or boolean its JSON text; a list (such as {@code cognito:groups}) or an object gives no tag,
         * since a session tag holds one string.
         */
        SESSION_TAGS_FROM_SINGLE_VALUED_CLAIMS_ONLY,

        /**
         * UNCONFIRMED: DeleteIdentities skips ids of no identity (already deleted, never created) without listing
         * them in UnprocessedIdentityIds, whose error codes (AccessDenied, InternalServerError) describe neither;
         * deleting is idempotent, and the CLI's example answers {@code []}.
         */
        DELETE_IDENTITIES_SKIPS_UNKNOWN_IDS,

        /**
         * UNCONFIRMED: UnlinkIdentity ignores LoginsToRemove providers the identity has no login of, and Logins that
         * are linked to no identity (they neither authenticate nor refuse the call).
         */
        UNLINK_IGNORES_WHAT_IS_NOT_LINKED
    }
}
