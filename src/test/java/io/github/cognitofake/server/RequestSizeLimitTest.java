package io.github.cognitofake.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.server.RawConnection.Response;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request-size limit is above the largest request the service model allows (finding 7), and it is the
 * first of three checks: size limit, then the model's validation, then the service's quotas.
 */
class RequestSizeLimitTest {

    private static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    private static final String ROLE_PREFIX = "arn:aws:iam::123456789012:role/";
    private static final int MAPPINGS = 10;

    private final CognitoIdentityFake fake = CognitoIdentityFake.create();
    private final CognitoIdentityFakeServer server = CognitoIdentityFakeServer.serve(fake);

    @AfterEach
    void close() {
        server.close();
        fake.close();
    }

    @Test
    void theDefaultLimitIsAboveTheLargestRequestTheModelAllows() {
        // The figures docs/server.md states; LargestRequest.main prints them per operation.
        assertThat(LargestRequest.largestBounded(LargestRequest.ASCII)).isEqualTo(9_214_737);
        assertThat(LargestRequest.largestBounded(LargestRequest.COSTLIEST)).isEqualTo(107_837_294);
        assertThat(LargestRequest.perOperation(LargestRequest.COSTLIEST).get("SetIdentityPoolRoles"))
                .hasValue(107_837_294);
        assertThat(LargestRequest.perOperation(LargestRequest.ASCII))
                .containsEntry("CreateIdentityPool", OptionalLong.empty()) // lists without a max
                .containsEntry("TagResource", OptionalLong.empty());

        assertThat((long) CognitoIdentityFakeServer.DEFAULT_MAX_REQUEST_BYTES)
                .isGreaterThan(LargestRequest.largestBounded(LargestRequest.COSTLIEST));
    }

    @Test
    void aModelValidRequestOfNineMegabytesPassesTheSizeLimitAndIsValidatedThenMeetsTheQuota() {
        seedPoolWithTenProviders();
        String body = setRoles(MAPPINGS, 400);

        Response answer = send(body);

        // Far over the old 1 MiB limit, and within 1 % of the model's bound for ASCII text.
        assertThat(body.length()).isGreaterThan(5_500_000).isGreaterThan((int)
                (LargestRequest.largestBounded(LargestRequest.ASCII) * 0.99));
        // Past the size limit and the model (400 rules is the model's max), refused by the service's quota.
        HostileInputTest.assertJsonError(
                answer,
                400,
                "InvalidParameterException",
                "The role mapping of provider (" + provider(0) + ") has 400 rules; at most 25 rules are allowed per "
                        + "role mapping.");
    }

    @Test
    void theModelIsCheckedBeforeTheQuota() {
        seedPoolWithTenProviders();

        Response answer = send(setRoles(1, 401));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers()).containsEntry("x-amzn-errortype", "ValidationException:");
        assertThat(answer.body())
                .contains("failed to satisfy constraint: Member must have length less than or equal to 400");
    }

    private Response send(String body) {
        try (RawConnection connection = new RawConnection(server.endpoint(), Duration.ofSeconds(30))) {
            return connection
                    .send(RawConnection.request("SetIdentityPoolRoles", body))
                    .read();
        }
    }

    private void seedPoolWithTenProviders() {
        fake.seed(s -> s.identityPool("big", p -> {
            p.id(POOL);
            for (int i = 0; i < MAPPINGS; i++) {
                p.cognitoProvider(providerName(i), clientId(i));
            }
        }));
    }

    /** A SetIdentityPoolRoles body at the model's limits: every string at its longest, in ASCII. */
    private static String setRoles(int mappings, int rules) {
        StringBuilder json = new StringBuilder(10_000_000)
                .append("{\"IdentityPoolId\":\"")
                .append(POOL)
                .append("\",\"Roles\":{\"authenticated\":\"")
                .append(role('a'))
                .append("\",\"unauthenticated\":\"")
                .append(role('u'))
                .append("\"},\"RoleMappings\":{");
        String rule = "{\"Claim\":\"" + "c".repeat(64) + "\",\"MatchType\":\"StartsWith\",\"Value\":\""
                + "v".repeat(128) + "\",\"RoleARN\":\"" + role('r') + "\"}";
        for (int m = 0; m < mappings; m++) {
            json.append(m == 0 ? "" : ",")
                    .append('"')
                    .append(provider(m))
                    .append("\":{\"Type\":\"Rules\",\"AmbiguousRoleResolution\":\"AuthenticatedRole\",")
                    .append("\"RulesConfiguration\":{\"Rules\":[");
            for (int r = 0; r < rules; r++) {
                json.append(r == 0 ? "" : ",").append(rule);
            }
            json.append("]}}");
        }
        return json.append("}}").toString();
    }

    /** A role ARN of 2048 characters, the model's longest. */
    private static String role(char fill) {
        return ROLE_PREFIX + String.valueOf(fill).repeat(2048 - ROLE_PREFIX.length());
    }

    private static String provider(int i) {
        return providerName(i) + ":" + clientId(i);
    }

    private static String providerName(int i) {
        return "cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool" + i;
    }

    private static String clientId(int i) {
        return "client" + "0".repeat(20) + i;
    }
}
