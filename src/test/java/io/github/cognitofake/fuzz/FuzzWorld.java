package io.github.cognitofake.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.internal.state.IdentityPool;
import io.github.cognitofake.internal.state.PoolRoles;
import io.github.cognitofake.internal.state.PrincipalTagMap;
import io.github.cognitofake.internal.state.StoredPool;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.tokens.ProviderToken;
import io.github.cognitofake.tokens.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The fake a fuzz run talks to, and what it was seeded with: three pools (every kind of provider, roles, role
 * mappings, principal tags, tags, a developer provider), guests, users of several providers, developer users,
 * issued credentials. The fake has a fixed clock and a fixed id seed, so {@link #reset} brings back exactly the
 * same ids every time: a generated request can name them before it is sent, and a failing run repeats.
 */
final class FuzzWorld implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final String ACCOUNT = CognitoIdentityFake.DEFAULT_ACCOUNT_ID;
    static final String USER_POOL_ID = "us-east-1_Fuzz01";
    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/" + USER_POOL_ID;
    static final String FACEBOOK = "graph.facebook.com";
    static final String GOOGLE = "accounts.google.com";
    static final String OIDC_ISSUER = "login.fuzz.example";
    static final String OIDC_ARN = "arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + OIDC_ISSUER;
    static final String SAML_ARN = "arn:aws:iam::" + ACCOUNT + ":saml-provider/Fuzz";
    static final String DEVELOPER = "login.fuzz";
    static final String AUTH_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/FuzzAuth";
    static final String GUEST_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/FuzzGuest";
    static final String ADMIN_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/FuzzAdmin";
    static final String UNKNOWN_POOL = "us-east-1:00000000-0000-4000-8000-000000000000";
    static final String UNKNOWN_IDENTITY = "us-east-1:11111111-1111-4111-8111-111111111111";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CognitoIdentityFake fake;
    private final List<String> poolIds = new ArrayList<>();
    private final List<String> identityIds = new ArrayList<>();
    private final List<Map.Entry<String, String>> logins = new ArrayList<>();
    private final String userPoolLogin;
    private List<Object> seeded;
    private int sessionsSinceReset;

    FuzzWorld() {
        fake = CognitoIdentityFake.builder()
                .idSeed(16)
                .clock(new TestClock(NOW))
                .build();
        ProviderToken bob = Tokens.cognitoIdToken(USER_POOL_ID, "client1")
                .subject("bob")
                .group("admins", ADMIN_ROLE)
                .customAttribute("tenant", "t1")
                .issuedAt(NOW)
                .build();
        userPoolLogin = bob.jwt();
        logins.add(Map.entry(USER_POOL, bob.jwt()));
        logins.add(Map.entry(
                USER_POOL,
                Tokens.cognitoIdToken(USER_POOL_ID, "client2")
                        .subject("carol")
                        .issuedAt(NOW)
                        .build()
                        .jwt()));
        logins.add(Map.entry(
                USER_POOL,
                Tokens.cognitoIdToken(USER_POOL_ID, "client9")
                        .subject("mallory")
                        .issuedAt(NOW)
                        .build()
                        .jwt()));
        logins.add(Map.entry(
                USER_POOL,
                Tokens.cognitoIdToken(USER_POOL_ID, "client1")
                        .subject("old")
                        .issuedAt(NOW.minusSeconds(7200))
                        .build()
                        .jwt()));
        logins.add(Map.entry(
                GOOGLE,
                Tokens.googleIdToken("google-client")
                        .subject("gina")
                        .email("gina@admin.example")
                        .issuedAt(NOW)
                        .build()
                        .jwt()));
        logins.add(Map.entry(
                OIDC_ISSUER,
                Tokens.oidcToken("https://" + OIDC_ISSUER, "oidc-client")
                        .subject("olga")
                        .issuedAt(NOW)
                        .build()
                        .jwt()));
        logins.add(Map.entry(FACEBOOK, "alice-fb"));
        logins.add(Map.entry(FACEBOOK, "zed-fb"));
        logins.add(Map.entry(SAML_ARN, "saml-user"));
        logins.add(Map.entry(FACEBOOK, "not.a.jwt"));
        addOddTokens();
        reset();
    }

    /**
     * Tokens no provider would issue, for every kind of provider: claims of the wrong JSON type, missing or empty,
     * numbers out of range, payloads that are no JSON object, and strings that are no JWT at all. The fake does not
     * check signatures, so each reaches the claim checks (and role and principal tag rules) as it is.
     */
    private void addOddTokens() {
        String userPoolIssuer = "\"https://" + USER_POOL + "\"";
        List<String> payloads = List.of(
                "[]",
                "1",
                "null",
                "\"text\"",
                "{}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"x\",\"exp\":\"soon\"}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"x\",\"exp\":1e400}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"x\",\"exp\":-1}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"x\",\"exp\":1.7952624005e9}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":[\"client1\"],\"sub\":\"x\"}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":5,\"sub\":\"x\"}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":{\"a\":1},\"sub\":\"x\"}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":7}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":{\"id\":1}}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"\"}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":null}",
                "{\"iss\":5,\"aud\":\"client1\",\"sub\":\"x\"}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"roles\",\"cognito:roles\":\""
                        + ADMIN_ROLE + "," + AUTH_ROLE + "\",\"cognito:preferred_role\":5}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"roles\",\"cognito:roles\":{\"a\":1},"
                        + "\"cognito:groups\":{\"g\":1},\"custom:tenant\":[1,2]}",
                "{\"iss\":" + userPoolIssuer + ",\"aud\":\"client1\",\"sub\":\"roles\",\"cognito:roles\":[5,null,{}],"
                        + "\"cognito:preferred_role\":\"" + GUEST_ROLE + "\",\"custom:tenant\":{\"t\":1}}",
                "{\"iss\":\"https://accounts.google.com\",\"aud\":\"google-client\",\"sub\":\"g\",\"email\":42}",
                "{\"iss\":\"https://accounts.google.com\",\"aud\":[\"google-client\",\"other\"],\"sub\":\"g\",\"email\":[\"a@admin\"]}",
                "{\"iss\":\"https://" + OIDC_ISSUER + "\",\"aud\":[],\"sub\":\"o\"}",
                "{\"iss\":\"https://cognito-identity.amazonaws.com\",\"aud\":\"" + UNKNOWN_POOL + "\",\"sub\":\""
                        + UNKNOWN_IDENTITY + "\",\"exp\":9999999999}",
                "{\"iss\":\"https://cognito-identity.amazonaws.com\",\"aud\":7,\"sub\":[]}");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        List<String> tokens = new ArrayList<>();
        for (String payload : payloads) {
            tokens.add(header + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln");
        }
        tokens.addAll(List.of(
                "a.b",
                "a.b.c.d",
                "..",
                ".",
                header + ".%%%.c2ln",
                header + "." + base64.encodeToString("not json".getBytes(StandardCharsets.UTF_8)) + ".c2ln",
                "bm90.anNvbg==.c2ln",
                "\u0000.\u0000.\u0000"));
        List<String> providers =
                List.of(USER_POOL, GOOGLE, OIDC_ISSUER, FACEBOOK, SAML_ARN, "cognito-identity.amazonaws.com");
        for (int i = 0; i < tokens.size(); i++) {
            logins.add(Map.entry(providers.get(i % providers.size()), tokens.get(i)));
            logins.add(Map.entry(providers.get((i * 7 + 3) % providers.size()), tokens.get(i)));
        }
    }

    CognitoIdentityFake fake() {
        return fake;
    }

    /**
     * Makes the fake as seeded for the next session: seeds it again when the last session changed anything, and
     * every 50 sessions anyway (which also empties the call journal). A session that changed nothing leaves the
     * seeded state as it was, so seeding again, which signs a token, would only cost time.
     */
    void prepare() {
        if (++sessionsSinceReset >= 50 || !state().equals(seeded)) {
            reset();
        }
    }

    /** Forgets everything and seeds again; the ids are the same after every reset. */
    void reset() {
        sessionsSinceReset = 0;
        fake.reset();
        List<String> before = List.copyOf(poolIds);
        poolIds.clear();
        identityIds.clear();
        seed();
        if (!before.isEmpty() && !before.equals(poolIds)) {
            throw new IllegalStateException("seeding gave other ids after a reset: " + before + " / " + poolIds);
        }
        seeded = state();
    }

    private void seed() {
        String a = created(call("CreateIdentityPool", """
                {"IdentityPoolName":"fuzz a","AllowUnauthenticatedIdentities":true,"AllowClassicFlow":true,
                 "SupportedLoginProviders":{"%s":"fb-app","%s":"google-client"},"DeveloperProviderName":"%s",
                 "OpenIdConnectProviderARNs":["%s"],"SamlProviderARNs":["%s"],
                 "CognitoIdentityProviders":[{"ProviderName":"%s","ClientId":"client1"},
                                             {"ProviderName":"%s","ClientId":"client2","ServerSideTokenCheck":true}],
                 "IdentityPoolTags":{"team":"fuzz"}}""".formatted(
                        FACEBOOK, GOOGLE, DEVELOPER, OIDC_ARN, SAML_ARN, USER_POOL, USER_POOL)));
        String b = created(call("CreateIdentityPool", """
                {"IdentityPoolName":"fuzz b","AllowUnauthenticatedIdentities":false,"DeveloperProviderName":"%s",
                 "CognitoIdentityProviders":[{"ProviderName":"%s","ClientId":"client1"}]}""".formatted(DEVELOPER, USER_POOL)));
        created(call(
                "CreateIdentityPool", "{\"IdentityPoolName\":\"fuzz c\",\"AllowUnauthenticatedIdentities\":false}"));
        call("SetIdentityPoolRoles", """
                {"IdentityPoolId":"%s","Roles":{"authenticated":"%s","unauthenticated":"%s"},
                 "RoleMappings":{"%s:client1":{"Type":"Token","AmbiguousRoleResolution":"AuthenticatedRole"},
                                 "%s":{"Type":"Rules","AmbiguousRoleResolution":"Deny","RulesConfiguration":{"Rules":[
                                   {"Claim":"email","MatchType":"Contains","Value":"@admin","RoleARN":"%s"}]}}}}""".formatted(a, AUTH_ROLE, GUEST_ROLE, USER_POOL, GOOGLE, ADMIN_ROLE));
        call(
                "SetIdentityPoolRoles",
                "{\"IdentityPoolId\":\"%s\",\"Roles\":{\"authenticated\":\"%s\"}}".formatted(b, AUTH_ROLE));
        call(
                "SetPrincipalTagAttributeMap",
                "{\"IdentityPoolId\":\"%s\",\"IdentityProviderName\":\"%s\",\"PrincipalTags\":{\"tenant\":\"custom:tenant\"}}"
                        .formatted(a, USER_POOL));
        identity(call("GetId", "{\"IdentityPoolId\":\"%s\"}".formatted(a)));
        String alice = identity(
                call("GetId", "{\"IdentityPoolId\":\"%s\",\"Logins\":{\"%s\":\"alice-fb\"}}".formatted(a, FACEBOOK)));
        String bob = identity(call(
                "GetId",
                "{\"IdentityPoolId\":\"%s\",\"Logins\":{\"%s\":\"%s\"}}".formatted(a, USER_POOL, userPoolLogin)));
        identity(call(
                "GetOpenIdTokenForDeveloperIdentity",
                "{\"IdentityPoolId\":\"%s\",\"Logins\":{\"%s\":\"dev-1\"}}".formatted(b, DEVELOPER)));
        identity(call(
                "GetOpenIdTokenForDeveloperIdentity",
                "{\"IdentityPoolId\":\"%s\",\"Logins\":{\"%s\":\"dev-2\"}}".formatted(b, DEVELOPER)));
        call(
                "GetCredentialsForIdentity",
                "{\"IdentityId\":\"%s\",\"Logins\":{\"%s\":\"%s\"}}".formatted(bob, USER_POOL, userPoolLogin));
        if (logins.stream().noneMatch(e -> e.getKey().equals("cognito-identity.amazonaws.com"))) {
            // The fake's own token for alice: the clock stands still and the ids repeat, so it stays valid.
            JsonNode token = call(
                    "GetOpenIdToken",
                    "{\"IdentityId\":\"%s\",\"Logins\":{\"%s\":\"alice-fb\"}}".formatted(alice, FACEBOOK));
            logins.add(Map.entry(
                    "cognito-identity.amazonaws.com", token.path("Token").asText()));
        }
    }

    private JsonNode call(String operation, String body) {
        Wire.Answer answer = Wire.send(
                fake.httpClient(),
                fake.endpoint(),
                Wire.Request.post(operation, body.getBytes(StandardCharsets.UTF_8)));
        if (answer.status() != 200) {
            throw new IllegalStateException(
                    "seeding " + operation + " failed: " + answer.status() + " " + answer.text());
        }
        try {
            return answer.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String created(JsonNode pool) {
        String id = pool.path("IdentityPoolId").asText();
        poolIds.add(id);
        return id;
    }

    private String identity(JsonNode answer) {
        String id = answer.path("IdentityId").asText();
        identityIds.add(id);
        return id;
    }

    List<String> poolIds() {
        return poolIds;
    }

    List<String> identityIds() {
        return identityIds;
    }

    /** Logins of every provider of the seeded pools (and a few that fail): key and token. */
    List<Map.Entry<String, String>> logins() {
        return logins;
    }

    String poolArn(String poolId) {
        return fake.identityPoolArn(poolId);
    }

    /**
     * Everything a request can change, as values that compare with {@code equals}: each pool (configuration, roles
     * and mappings, principal tag maps, every identity with its logins and dates) and every credential issued.
     */
    List<Object> state() {
        List<Object> state = new ArrayList<>();
        for (StoredPool stored : EngineAccess.of(fake).service().pools().all()) {
            state.add(new PoolState(
                    stored.sequence(),
                    stored.pool(),
                    stored.roles(),
                    stored.principalTagMaps(),
                    stored.identities().page(0, Integer.MAX_VALUE, false).identities()));
        }
        List<IssuedCredentials> issued = fake.issuedCredentials();
        state.add(issued);
        return state;
    }

    private record PoolState(
            long sequence,
            IdentityPool pool,
            PoolRoles roles,
            Map<String, PrincipalTagMap> principalTagMaps,
            List<Identity> identities) {}

    @Override
    public void close() {
        fake.close();
    }
}
