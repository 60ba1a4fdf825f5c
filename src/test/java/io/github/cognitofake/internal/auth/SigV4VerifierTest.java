package io.github.cognitofake.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitofake.internal.http.WireRequest;
import io.github.cognitofake.testing.Signing;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signature verification against signatures made by the Java SDK's own SigV4 signer, and every refusal
 * with its exact text, at a fixed clock.
 */
class SigV4VerifierTest {

    private static final String KEY = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final URI ENDPOINT = URI.create("https://cognito-identity.us-east-1.amazonaws.com");
    private static final String BODY = "{\"MaxResults\":5}";

    private final SigV4Verifier verifier = new SigV4Verifier(
            new SigningCredentials(KEY, SECRET), "us-east-1", "cognito-identity", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsWhatTheSdkSigns() {
        assertThat(verifier.check(signed(Signing.with(KEY, SECRET).at(NOW)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/                          | ",
                "/a%20b/c%2Fd/               | x=1&y=2",
                "/docs/./x/../y             | b=2&a=1&a=0",
                "/%E2%82%AC/~tilde_-.       | empty=&k%20ey=v%2Bal%2Fue%3D&caf%C3%A9=%F0%9F%98%80",
            })
    void acceptsTheSdksSignatureWhateverThePathAndQuery(String path, String query) {
        SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(ENDPOINT)
                .encodedPath(path)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "AWSCognitoIdentityService.ListIdentityPools")
                .putHeader("X-Custom", "  spaced    out   value ");
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.appendRawQueryParameter(decode(nameValue[0]), decode(nameValue[1]));
            }
        }
        SdkHttpRequest signed = Signing.with(KEY, SECRET).at(NOW).sign(request.build(), BODY);

        assertThat(signed.encodedQueryParameters().orElse("")).isEqualTo(query == null ? "" : query);
        assertThat(verifier.check(wire(signed, BODY))).isEmpty();
    }

    /** AWS's own worked example of SigV4 (IAM ListUsers, in the General Reference). */
    @Test
    void acceptsAwssDocumentedExampleSignature() {
        SigV4Verifier iam = new SigV4Verifier(
                new SigningCredentials("AKIDEXAMPLE", SECRET),
                "us-east-1",
                "iam",
                Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
        headers.put("Host", List.of("iam.amazonaws.com"));
        headers.put("X-Amz-Date", List.of("20150830T123600Z"));
        headers.put(
                "Authorization",
                List.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/"
                        + "aws4_request, SignedHeaders=content-type;host;x-amz-date, "
                        + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));

        assertThat(iam.check(new WireRequest("GET", "/", headers, new byte[0], "Action=ListUsers&Version=2010-05-08")))
                .isEmpty();
    }

    @Test
    void refusesAWrongSecret() {
        assertRefused(
                signed(Signing.with(KEY, "not-the-secret").at(NOW)),
                "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS "
                        + "Secret Access Key and signing method. Consult the service documentation for details.");
    }

    @Test
    void refusesABodyChangedAfterSigning() {
        SdkHttpRequest signed = Signing.with(KEY, SECRET).at(NOW).post(ENDPOINT, "ListIdentityPools", BODY);

        assertThat(verifier.check(wire(signed, "{\"MaxResults\":6}")))
                .map(AuthFailure::code)
                .hasValue("InvalidSignatureException");
    }

    @Test
    void refusesAnUnknownAccessKey() {
        assertRefused(
                signed(Signing.with("AKIDOTHER", SECRET).at(NOW)),
                "UnrecognizedClientException",
                "The security token included in the request is invalid.");
    }

    @Test
    void refusesASessionTokenThatTheFakeNeverIssued() {
        assertRefused(
                signed(Signing.with(AwsSessionCredentialsIdentity.create(KEY, SECRET, "token"))
                        .at(NOW)),
                "UnrecognizedClientException",
                "The security token included in the request is invalid");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Quoted: every piece of the message ends with a space, the last one included.
                "eu-west-1 | cognito-identity | 'Credential should be scoped to a valid region. '",
                "us-east-1 | cognito-idp      | 'Credential should be scoped to correct service: ''cognito-identity''. '",
                "eu-west-1 | cognito-idp      | 'Credential should be scoped to a valid region. Credential should be scoped "
                        + "to correct service: ''cognito-identity''. '",
            })
    void refusesACredentialScopedToAnotherRegionOrService(String region, String service, String message) {
        assertRefused(
                signed(Signing.with(KEY, SECRET).region(region).service(service).at(NOW)),
                "InvalidSignatureException",
                message);
    }

    @Test
    void refusesAScopeWithAnotherTerminatorOrDay() {
        WireRequest request = withAuthorization(
                signed(Signing.with(KEY, SECRET).at(NOW)),
                auth -> auth.replace(
                        "/20261121/us-east-1/cognito-identity/aws4_request",
                        "/20261120/us-east-1/cognito-identity/aws5_request"));

        assertRefused(
                request,
                "InvalidSignatureException",
                "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. "
                        + "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                        + "'20261120' != '20261121', from '20261121T120000Z'.");
    }

    @Test
    void acceptsAClockSkewOfUpToFiveMinutes() {
        assertThat(verifier.check(signed(Signing.with(KEY, SECRET).at(NOW.minus(Duration.ofMinutes(5))))))
                .isEmpty();
        assertThat(verifier.check(signed(Signing.with(KEY, SECRET).at(NOW.plus(Duration.ofMinutes(5))))))
                .isEmpty();
    }

    @Test
    void refusesAStaleSignature() {
        assertRefused(
                signed(Signing.with(KEY, SECRET)
                        .at(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1))),
                "InvalidSignatureException",
                "Signature expired: 20261121T115459Z is now earlier than 20261121T115500Z (20261121T120000Z - 5 min.)");
    }

    @Test
    void refusesASignatureFromTheFuture() {
        assertRefused(
                signed(Signing.with(KEY, SECRET).at(NOW.plus(Duration.ofMinutes(6)))),
                "InvalidSignatureException",
                "Signature not yet current: 20261121T120600Z is still later than 20261121T120500Z "
                        + "(20261121T120000Z + 5 min.)");
    }

    @Test
    void refusesADateThatIsNotInBasicFormat() {
        WireRequest request =
                withHeader(signed(Signing.with(KEY, SECRET).at(NOW)), "X-Amz-Date", "2026-11-21T12:00:00Z");

        assertRefused(
                request,
                "IncompleteSignatureException",
                "Date must be in ISO-8601 'basic format'. "
                        + "Got '2026-11-21T12:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    @Test
    void refusesAnAuthorizationHeaderWithoutItsParametersOrADate() {
        WireRequest request = withHeader(
                new WireRequest("POST", "/", Map.of(), new byte[0]), "Authorization", "AWS4-HMAC-SHA256 Signature=abc");

        assertRefused(
                request,
                "IncompleteSignatureException",
                "Authorization header requires 'Credential' parameter. "
                        + "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence "
                        + "of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 Signature=abc");
    }

    @Test
    void refusesAParameterThatIsNotAKeyValuePair() {
        WireRequest request = withAuthorization(
                signed(Signing.with(KEY, SECRET).at(NOW)), auth -> auth.replace("SignedHeaders=", "SignedHeaders"));

        assertThat(verifier.check(request))
                .map(AuthFailure::message)
                .get()
                .asString()
                .startsWith("'SignedHeaders")
                .contains("' not a valid key=value pair (missing equal-sign) in "
                        + "Authorization header: 'AWS4-HMAC-SHA256 Credential=");
    }

    @Test
    void refusesASignatureThatDoesNotSignTheHost() {
        WireRequest request = withAuthorization(
                signed(Signing.with(KEY, SECRET).at(NOW)),
                auth -> auth.replace("SignedHeaders=content-type;host;", "SignedHeaders=content-type;"));

        assertRefused(
                request, "InvalidSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }

    @Test
    void refusesAnotherAlgorithm() {
        WireRequest request = withAuthorization(
                signed(Signing.with(KEY, SECRET).at(NOW)),
                auth -> auth.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256"));

        assertRefused(
                request,
                "IncompleteSignatureException",
                "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256' (only AWS4-HMAC-SHA256 for now). ");
    }

    @Test
    void refusesACredentialWithoutFiveParts() {
        WireRequest request = withAuthorization(
                signed(Signing.with(KEY, SECRET).at(NOW)),
                auth -> auth.replace("/cognito-identity/aws4_request", "/cognito-identity"));

        assertRefused(
                request,
                "IncompleteSignatureException",
                "Credential must have exactly 5 slash-delimited "
                        + "elements, e.g. keyid/date/region/service/term, got 'AKIDEXAMPLE/20261121/us-east-1/cognito-identity'");
    }

    @Test
    void answersMissingAuthenticationTokenWithoutAnAws4Header() {
        WireRequest unsigned = new WireRequest("POST", "/", Map.of(), new byte[0]);

        assertRefused(unsigned, "MissingAuthenticationTokenException", "Missing Authentication Token");
        assertRefused(
                withHeader(unsigned, "Authorization", "Basic dXNlcjpwYXNz"),
                "MissingAuthenticationTokenException",
                "Missing Authentication Token");
    }

    @Test
    void refusesAHeaderAndAQuerySignatureTogether() {
        WireRequest signed = signed(Signing.with(KEY, SECRET).at(NOW));
        WireRequest both = new WireRequest(
                signed.method(), signed.path(), signed.headers(), signed.body(), "X-Amz-Algorithm=AWS4-HMAC-SHA256");

        assertRefused(
                both,
                "InvalidSignatureException",
                "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
    }

    @Test
    void headerPresenceAloneIsEnoughWithoutVerification() {
        Authentication lenient = Authentication.headerPresent();

        assertThat(lenient.check(withHeader(new WireRequest("POST", "/", Map.of(), new byte[0]), "authorization", "x")))
                .isEmpty();
        assertThat(lenient.check(new WireRequest("POST", "/", Map.of(), new byte[0])))
                .hasValue(new AuthFailure("MissingAuthenticationTokenException", "Missing Authentication Token"));
    }

    private void assertRefused(WireRequest request, String code, String message) {
        assertThat(verifier.check(request)).hasValue(new AuthFailure(code, message));
    }

    private static WireRequest signed(Signing signing) {
        return wire(signing.post(ENDPOINT, "ListIdentityPools", BODY), BODY);
    }

    private static WireRequest wire(SdkHttpRequest request, String body) {
        return new WireRequest(
                request.method().name(),
                request.encodedPath(),
                request.headers(),
                body.getBytes(StandardCharsets.UTF_8),
                request.encodedQueryParameters().orElse(null));
    }

    private static WireRequest withHeader(WireRequest request, String name, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.keySet().removeIf(key -> key.equalsIgnoreCase(name));
        headers.put(name, List.of(value));
        return new WireRequest(request.method(), request.path(), headers, request.body(), request.query());
    }

    private static WireRequest withAuthorization(WireRequest request, UnaryOperator<String> change) {
        Optional<String> authorization = request.header("Authorization");
        return withHeader(request, "Authorization", change.apply(authorization.orElseThrow()));
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
