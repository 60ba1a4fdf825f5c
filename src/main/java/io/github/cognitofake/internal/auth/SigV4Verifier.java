package io.github.cognitofake.internal.auth;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.auth.AuthorizationHeader.Refused;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verifies AWS Signature Version 4 in the {@code Authorization} header against one configured key pair,
 * with the JDK's SHA-256 and HMAC only, and refuses a bad signature the way AWS's JSON front end does, in
 * its order: header parameters and date present, date format and clock skew, Host signed, algorithm,
 * credential scope, access key, signature, security token.
 */
public final class SigV4Verifier implements Authentication {

    private static final String DATE_HEADER = "X-Amz-Date";
    private static final String SECURITY_TOKEN_HEADER = "X-Amz-Security-Token";
    private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final DateTimeFormatter BASIC_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withResolverStyle(ResolverStyle.STRICT);

    private final SigningCredentials credentials;
    private final String region;
    private final String service;
    private final Clock clock;

    /**
     * @param region the region the credential scope must name (the fake's)
     * @param service the signing name the credential scope must name, {@code cognito-identity}
     */
    public SigV4Verifier(SigningCredentials credentials, String region, String service, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.service = service;
        this.clock = clock;
    }

    @Behaviour(id = "auth.check-order", status = UNCONFIRMED)
    @Behaviour(id = "auth.query-signature-only", status = UNCONFIRMED)
    @Behaviour(id = "auth.date-header", status = UNCONFIRMED)
    @Override
    public Optional<AuthFailure> check(WireRequest request) {
        try {
            verify(request);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.failure);
        }
    }

    private void verify(WireRequest request) throws Refused {
        Optional<String> header = request.header(SignatureTexts.AUTHORIZATION);
        if (header.isEmpty() || !header.get().strip().startsWith("AWS4-")) {
            throw new Refused(SignatureTexts.missingAuthenticationToken());
        }
        if (hasQueryParameter(request.query(), "X-Amz-Algorithm")) {
            throw new Refused(SignatureTexts.bothHeaderAndQuerySignature());
        }
        Optional<String> dateHeader = request.header(DATE_HEADER).or(() -> request.header("Date"));
        AuthorizationHeader authorization = AuthorizationHeader.parse(header.get(), dateHeader);
        String requestDate = dateHeader.orElseThrow().strip();
        checkDate(requestDate);
        if (!authorization.signedHeaderNames().contains("host")) {
            throw new Refused(SignatureTexts.hostNotSigned());
        }
        if (!SignatureTexts.ALGORITHM.equals(authorization.algorithm())) {
            throw new Refused(SignatureTexts.unsupportedAlgorithm(authorization.algorithm()));
        }
        String[] scope = scopeOf(authorization.credential());
        checkScope(scope, requestDate);
        if (!credentials.accessKeyId().equals(scope[0])) {
            throw new Refused(SignatureTexts.unknownAccessKey());
        }
        String canonicalRequest = CanonicalRequest.of(request, authorization);
        String credentialScope = String.join("/", List.of(scope).subList(1, 5));
        String expected = CanonicalRequest.signature(
                CanonicalRequest.signingKey(credentials.secretAccessKey(), scope[1], scope[2], scope[3]),
                CanonicalRequest.stringToSign(requestDate, credentialScope, canonicalRequest));
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                authorization.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused(SignatureTexts.signatureMismatch());
        }
        if (request.header(SECURITY_TOKEN_HEADER).isPresent()) {
            // The fake issues no temporary credentials, so no session token can be valid.
            throw new Refused(SignatureTexts.unknownSecurityToken());
        }
    }

    private void checkDate(String requestDate) throws Refused {
        Instant signed;
        try {
            if (!BASIC_DATE.matcher(requestDate).matches()) {
                throw new Refused(SignatureTexts.dateNotBasicFormat(requestDate));
            }
            signed = LocalDateTime.parse(requestDate, BASIC_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException impossibleDate) {
            throw new Refused(SignatureTexts.dateNotBasicFormat(requestDate));
        }
        Instant now = clock.instant();
        Instant earliest = now.minus(SignatureTexts.ALLOWED_SKEW);
        Instant latest = now.plus(SignatureTexts.ALLOWED_SKEW);
        if (signed.isBefore(earliest)) {
            throw new Refused(SignatureTexts.signatureExpired(requestDate, basic(earliest), basic(now)));
        }
        if (signed.isAfter(latest)) {
            throw new Refused(SignatureTexts.signatureNotYetCurrent(requestDate, basic(latest), basic(now)));
        }
    }

    /** key id, day, region, service, terminator; trailing slashes are ignored, as the service ignores them. */
    @Behaviour(id = "auth.scope-trailing-slashes", status = UNCONFIRMED)
    private static String[] scopeOf(String credential) throws Refused {
        String trimmed = credential;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String[] parts = trimmed.split("/", -1);
        if (parts.length != 5) {
            throw new Refused(SignatureTexts.credentialNotFiveParts(credential));
        }
        return parts;
    }

    private void checkScope(String[] scope, String requestDate) throws Refused {
        StringBuilder wrong = new StringBuilder();
        if (!region.equals(scope[2])) {
            wrong.append(SignatureTexts.wrongRegion());
        }
        if (!service.equals(scope[3])) {
            wrong.append(SignatureTexts.wrongService(service));
        }
        if (!SignatureTexts.TERMINATOR.equals(scope[4])) {
            wrong.append(SignatureTexts.wrongTerminator(scope[4]));
        }
        String requestDay = requestDate.substring(0, 8);
        if (!requestDay.equals(scope[1])) {
            wrong.append(SignatureTexts.wrongScopeDate(scope[1], requestDay, requestDate));
        }
        if (wrong.length() > 0) {
            throw new Refused(SignatureTexts.badScope(wrong.toString()));
        }
    }

    private static boolean hasQueryParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (CanonicalRequest.decode(equals < 0 ? pair : pair.substring(0, equals))
                    .equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String basic(Instant instant) {
        return BASIC_FORMAT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
