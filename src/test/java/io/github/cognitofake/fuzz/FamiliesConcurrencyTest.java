package io.github.cognitofake.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.credentials.IssuedCredentials;
import io.github.cognitofake.internal.engine.EngineAccess;
import io.github.cognitofake.internal.state.Identity;
import io.github.cognitofake.internal.state.Login;
import io.github.cognitofake.internal.state.StoredPool;
import io.github.cognitofake.testing.TestClock;
import io.github.cognitofake.testing.Together;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Six threads, released together, each send 200 calls of every family (pools, roles, tags, principal tags,
 * identities, developer identities, OpenID tokens, credentials, unlink, delete) to two shared pools and a few
 * shared users, so logins, merges, unlinks and deletions of the same identities race. Each thread draws its
 * calls from its own fixed seed: the bounds are fixed, nothing sleeps. Afterwards the fake must still agree with
 * itself across the families.
 */
class FamiliesConcurrencyTest {

    private static final int THREADS = 6;
    private static final int CALLS_PER_THREAD = 200;
    private static final int USERS = 8;
    private static final String FACEBOOK = "graph.facebook.com";
    private static final String DEVELOPER = "login.race";
    private static final String AUTH_ROLE = "arn:aws:iam::123456789012:role/RaceAuth";
    private static final String GUEST_ROLE = "arn:aws:iam::123456789012:role/RaceGuest";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CognitoIdentityFake fake = CognitoIdentityFake.builder()
            .idSeed(7)
            .clock(new TestClock(FuzzWorld.NOW))
            .build();
    private final Oracle oracle = new Oracle();
    /** Every identity id an answer named, and the identity each issued access key was answered for. */
    private final Set<String> answeredIdentities = ConcurrentHashMap.newKeySet();

    private final Map<String, String> answeredCredentials = new ConcurrentHashMap<>();

    private String guests;
    private String developers;

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void everyFamilyStaysConsistentUnderRacingCalls() throws Exception {
        guests = created(send("CreateIdentityPool", """
                {"IdentityPoolName":"race a","AllowUnauthenticatedIdentities":true,
                 "SupportedLoginProviders":{"%s":"fb-app"},"DeveloperProviderName":"%s"}""".formatted(FACEBOOK, DEVELOPER)));
        developers = created(send(
                "CreateIdentityPool",
                "{\"IdentityPoolName\":\"race b\",\"AllowUnauthenticatedIdentities\":false,\"DeveloperProviderName\":\"%s\"}"
                        .formatted(DEVELOPER)));
        for (String pool : List.of(guests, developers)) {
            send(
                    "SetIdentityPoolRoles",
                    "{\"IdentityPoolId\":\"%s\",\"Roles\":{\"authenticated\":\"%s\",\"unauthenticated\":\"%s\"}}"
                            .formatted(pool, AUTH_ROLE, GUEST_ROLE));
        }

        List<String> answers = Together.runTogether(THREADS, this::race);

        assertThat(answers).hasSize(THREADS * CALLS_PER_THREAD).doesNotContain("500");
        System.out.println("FamiliesConcurrencyTest answers: "
                + new java.util.TreeMap<>(answers.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                a -> a, java.util.stream.Collectors.counting()))));
        assertThat(answers.stream().filter("200"::equals).count())
                .as("many calls succeed, so the race is real")
                .isGreaterThan(answers.size() / 4);
        assertEveryListedIdentityIsDescribable();
        assertEveryLoginHasExactlyOneIdentity();
        assertTheCredentialsLedgerMatchesTheAnswers();
        assertThat(status(send("DescribeIdentityPool", "{\"IdentityPoolId\":\"" + guests + "\"}")))
                .isEqualTo(200);
    }

    /** One thread's calls; answers their status and, for errors, their code. */
    private List<String> race(int thread) {
        Random random = new Random(16_000 + thread);
        Map<String, String> known = new HashMap<>(); // user → the identity id last answered for it
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < CALLS_PER_THREAD; i++) {
            String user = "u" + random.nextInt(USERS);
            String devUser = "d" + random.nextInt(USERS);
            String identity = known.getOrDefault(user, known.getOrDefault(devUser, "us-east-1:" + thread));
            String login = "{\"%s\":\"%s\"}".formatted(FACEBOOK, user);
            int op = random.nextInt(16);
            String owner = op <= 1 || op == 5 ? user : op == 6 || op == 7 ? devUser : null;
            Wire.Answer answer = switch (op) {
                case 0, 1 -> send("GetId", "{\"IdentityPoolId\":\"%s\",\"Logins\":%s}".formatted(guests, login));
                case 2 -> send("GetId", "{\"IdentityPoolId\":\"%s\"}".formatted(guests));
                case 3, 4 ->
                    send(
                            "GetCredentialsForIdentity",
                            "{\"IdentityId\":\"%s\",\"Logins\":%s}".formatted(identity, login));
                case 5 -> send("GetOpenIdToken", "{\"IdentityId\":\"%s\",\"Logins\":%s}".formatted(identity, login));
                case 6, 7 ->
                    send(
                            "GetOpenIdTokenForDeveloperIdentity",
                            "{\"IdentityPoolId\":\"%s\",\"Logins\":{\"%s\":\"%s\"}}"
                                    .formatted(developers, DEVELOPER, devUser));
                case 8 ->
                    send(
                            "MergeDeveloperIdentities",
                            "{\"IdentityPoolId\":\"%s\",\"DeveloperProviderName\":\"%s\",\"SourceUserIdentifier\":\"%s\","
                                            .formatted(developers, DEVELOPER, devUser)
                                    + "\"DestinationUserIdentifier\":\"d%d\"}".formatted(random.nextInt(USERS)));
                case 9 ->
                    send(
                            "UnlinkDeveloperIdentity",
                            "{\"IdentityPoolId\":\"%s\",\"IdentityId\":\"%s\",\"DeveloperProviderName\":\"%s\",\"DeveloperUserIdentifier\":\"%s\"}"
                                    .formatted(developers, known.getOrDefault(devUser, identity), DEVELOPER, devUser));
                case 10 ->
                    send(
                            "UnlinkIdentity",
                            "{\"IdentityId\":\"%s\",\"Logins\":%s,\"LoginsToRemove\":[\"%s\"]}"
                                    .formatted(identity, login, FACEBOOK));
                case 11 -> send("DeleteIdentities", "{\"IdentityIdsToDelete\":[\"%s\"]}".formatted(identity));
                case 12 ->
                    send(
                            "TagResource",
                            "{\"ResourceArn\":\"%s\",\"Tags\":{\"t%d\":\"v%d\"}}"
                                    .formatted(fake.identityPoolArn(guests), random.nextInt(5), thread));
                case 13 ->
                    send(
                            "SetPrincipalTagAttributeMap",
                            "{\"IdentityPoolId\":\"%s\",\"IdentityProviderName\":\"%s\",\"PrincipalTags\":{\"user\":\"sub\"}}"
                                    .formatted(guests, FACEBOOK));
                case 14 -> send("UpdateIdentityPool", """
                        {"IdentityPoolId":"%s","IdentityPoolName":"race a %d","AllowUnauthenticatedIdentities":true,
                         "SupportedLoginProviders":{"%s":"fb-app"},"DeveloperProviderName":"%s"}""".formatted(guests, thread, FACEBOOK, DEVELOPER));
                default -> send("ListIdentities", "{\"IdentityPoolId\":\"%s\",\"MaxResults\":60}".formatted(guests));
            };
            JsonNode body = parsed(answer);
            if (answer.status() == 200 && body.hasNonNull("IdentityId")) {
                String id = body.get("IdentityId").asText();
                answeredIdentities.add(id);
                if (body.has("Credentials")) {
                    answeredCredentials.put(
                            body.path("Credentials").path("AccessKeyId").asText(), id);
                }
                if (owner != null) {
                    known.put(owner, id);
                }
            }
            answers.add(
                    answer.status() == 200
                            ? "200"
                            : answer.status() + " " + body.path("__type").asText());
        }
        return answers;
    }

    private void assertEveryListedIdentityIsDescribable() {
        for (String pool : List.of(guests, developers)) {
            String token = null;
            int listed = 0;
            do {
                String next = token == null ? "" : ",\"NextToken\":\"" + token + "\"";
                JsonNode page = parsed(send(
                        "ListIdentities", "{\"IdentityPoolId\":\"%s\",\"MaxResults\":60%s}".formatted(pool, next)));
                for (JsonNode listedIdentity : page.path("Identities")) {
                    String id = listedIdentity.path("IdentityId").asText();
                    Wire.Answer described = send("DescribeIdentity", "{\"IdentityId\":\"" + id + "\"}");
                    assertThat(described.status())
                            .as("DescribeIdentity of listed %s", id)
                            .isEqualTo(200);
                    assertThat(parsed(described).path("IdentityId").asText()).isEqualTo(id);
                    listed++;
                }
                token = page.path("NextToken").asText(null);
            } while (token != null);
            assertThat(listed)
                    .as("ListIdentities lists every identity of %s", pool)
                    .isEqualTo(identities(pool).size());
        }
    }

    private void assertEveryLoginHasExactlyOneIdentity() {
        for (String pool : List.of(guests, developers)) {
            Map<Login, String> owners = new HashMap<>();
            for (Identity identity : identities(pool)) {
                List<Login> logins = new ArrayList<>(identity.developerLogins());
                identity.logins().forEach((provider, user) -> logins.add(new Login(provider, user)));
                for (Login login : logins) {
                    String other = owners.put(login, identity.identityId());
                    assertThat(other)
                            .as("%s is linked to two identities", login)
                            .isNull();
                }
            }
        }
        for (int u = 0; u < USERS; u++) {
            String body = "{\"IdentityPoolId\":\"%s\",\"Logins\":{\"%s\":\"u%d\"}}".formatted(guests, FACEBOOK, u);
            String first = parsed(send("GetId", body)).path("IdentityId").asText();
            assertThat(parsed(send("GetId", body)).path("IdentityId").asText())
                    .as("the same login, the same identity")
                    .isEqualTo(first);
            Login login = new Login(FACEBOOK, "u" + u);
            assertThat(identities(guests).stream()
                            .filter(identity -> login.userIdentifier()
                                    .equals(identity.logins().get(FACEBOOK))))
                    .extracting(Identity::identityId)
                    .containsExactly(first);
        }
    }

    private void assertTheCredentialsLedgerMatchesTheAnswers() {
        List<IssuedCredentials> issued = fake.issuedCredentials();
        assertThat(issued).as("one ledger entry per credentials answered").hasSize(answeredCredentials.size());
        Set<String> keys = new HashSet<>();
        for (IssuedCredentials credentials : issued) {
            assertThat(keys.add(credentials.accessKeyId()))
                    .as("access keys are unique")
                    .isTrue();
            assertThat(answeredCredentials.get(credentials.accessKeyId()))
                    .as("the identity %s was answered with", credentials.accessKeyId())
                    .isEqualTo(credentials.identityId());
            assertThat(answeredIdentities).contains(credentials.identityId());
        }
    }

    private List<Identity> identities(String pool) {
        return EngineAccess.of(fake)
                .service()
                .pools()
                .find(pool)
                .map(StoredPool::identities)
                .orElseThrow()
                .page(0, Integer.MAX_VALUE, false)
                .identities();
    }

    private Wire.Answer send(String operation, String body) {
        Wire.Request request = Wire.Request.post(operation, body.getBytes(StandardCharsets.UTF_8));
        Wire.Answer answer = Wire.send(fake.httpClient(), fake.endpoint(), request);
        JsonNode json = answer.body().length == 0 ? null : parsed(answer);
        oracle.check(new FuzzCall(FuzzCall.Kind.VALID, operation, "", request, json), answer);
        return answer;
    }

    private static int status(Wire.Answer answer) {
        return answer.status();
    }

    private static JsonNode parsed(Wire.Answer answer) {
        try {
            return answer.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String created(Wire.Answer answer) {
        return parsed(answer).path("IdentityPoolId").asText();
    }
}
