package io.github.cognitofake.internal.auth;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import java.time.Duration;
import java.util.List;

/**
 * Every answer of the front end to a missing or bad signature, in one place so that each is a one-line
 * change once Cognito Identity itself is observed. The texts are those of AWS's JSON (Coral) front end,
 * as seen from DynamoDB, Kinesis, Cognito Identity Provider and Cognito Sync (front-door-errors.md); none
 * was seen from Cognito Identity itself. docs/fidelity.md lists each with its grade.
 */
final class SignatureTexts {

    static final String AUTHORIZATION = "Authorization";
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String TERMINATOR = "aws4_request";

    static final String MISSING_TOKEN_CODE = "MissingAuthenticationTokenException";
    static final String INCOMPLETE_CODE = "IncompleteSignatureException";
    static final String INVALID_CODE = "InvalidSignatureException";
    static final String UNRECOGNIZED_CODE = "UnrecognizedClientException";

    /** CONFIRMED for Cognito Identity Provider and Kinesis (the Cognito Identity error name is confirmed). */
    @Behaviour(id = "auth.missing-authentication-token", status = UNCONFIRMED)
    static final String MISSING_AUTHENTICATION_TOKEN = "Missing Authentication Token";

    /** The clock skew the service tolerates: CONFIRMED for Cognito Sync, Kinesis and Secrets Manager. */
    @Behaviour(id = "auth.clock-skew", status = UNCONFIRMED)
    static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

    private SignatureTexts() {}

    static AuthFailure missingAuthenticationToken() {
        return new AuthFailure(MISSING_TOKEN_CODE, MISSING_AUTHENTICATION_TOKEN);
    }

    /** CONFIRMED-3P (Kinesis, DynamoDB): the missing pieces, each with its sentence, then the header itself. */
    @Behaviour(id = "auth.incomplete-authorization", status = UNCONFIRMED)
    static AuthFailure incompleteAuthorization(
            List<String> missingParameters, boolean dateMissing, String authorization) {
        StringBuilder message = new StringBuilder();
        for (String parameter : missingParameters) {
            message.append("Authorization header requires '").append(parameter).append("' parameter. ");
        }
        if (dateMissing) {
            message.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        return new AuthFailure(
                INCOMPLETE_CODE,
                message.append("Authorization=").append(authorization).toString());
    }

    /** CONFIRMED-3P (DynamoDB, 2013). */
    @Behaviour(id = "auth.not-a-key-value-pair", status = UNCONFIRMED)
    static AuthFailure notAKeyValuePair(String pair, String authorization) {
        return new AuthFailure(
                INCOMPLETE_CODE,
                "'" + pair + "' not a valid key=value pair (missing equal-sign) in " + "Authorization header: '"
                        + authorization + "'.");
    }

    /** CONFIRMED-3P (DynamoDB, 2013). */
    @Behaviour(id = "auth.date-not-basic-format", status = UNCONFIRMED)
    static AuthFailure dateNotBasicFormat(String date) {
        return new AuthFailure(
                INCOMPLETE_CODE,
                "Date must be in ISO-8601 'basic format'. Got '" + date
                        + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    /** CONFIRMED for Kinesis, Rekognition, Secrets Manager and Cognito Sync (dates in basic format). */
    static AuthFailure signatureExpired(String requestDate, String earliest, String now) {
        return new AuthFailure(
                INVALID_CODE,
                "Signature expired: " + requestDate + " is now earlier than " + earliest + " (" + now + " - "
                        + ALLOWED_SKEW.toMinutes() + " min.)");
    }

    /** CONFIRMED (Elastic Beanstalk trace); InvalidSignatureException CONFIRMED-3P for DynamoDB. */
    static AuthFailure signatureNotYetCurrent(String requestDate, String latest, String now) {
        return new AuthFailure(
                INVALID_CODE,
                "Signature not yet current: " + requestDate + " is still later than " + latest + " (" + now + " + "
                        + ALLOWED_SKEW.toMinutes() + " min.)");
    }

    /** CONFIRMED-3P (DynamoDB, 2013). */
    @Behaviour(id = "auth.host-not-signed", status = UNCONFIRMED)
    static AuthFailure hostNotSigned() {
        return new AuthFailure(INVALID_CODE, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }

    /** CONFIRMED-3P (DynamoDB, 2013), trailing space included. */
    @Behaviour(id = "auth.unsupported-algorithm", status = UNCONFIRMED)
    static AuthFailure unsupportedAlgorithm(String algorithm) {
        return new AuthFailure(
                INCOMPLETE_CODE, "Unsupported AWS 'algorithm': '" + algorithm + "' (only " + ALGORITHM + " for now). ");
    }

    /** CONFIRMED-3P (DynamoDB, 2013). */
    @Behaviour(id = "auth.credential-not-five-parts", status = UNCONFIRMED)
    static AuthFailure credentialNotFiveParts(String credential) {
        return new AuthFailure(
                INCOMPLETE_CODE,
                "Credential must have exactly 5 slash-delimited elements, "
                        + "e.g. keyid/date/region/service/term, got '" + credential + "'");
    }

    /** CONFIRMED-3P (DynamoDB, measured 2026): no "not '...'" any more; each piece ends with ". ". */
    @Behaviour(id = "auth.scope-region-and-service", status = UNCONFIRMED)
    static String wrongRegion() {
        return "Credential should be scoped to a valid region. ";
    }

    /** CONFIRMED-3P (DynamoDB, measured 2026) with the service's own signing name. */
    static String wrongService(String service) {
        return "Credential should be scoped to correct service: '" + service + "'. ";
    }

    /** CONFIRMED-3P but dated (DynamoDB, 2013). */
    @Behaviour(id = "auth.scope-terminator-and-day", status = UNCONFIRMED)
    static String wrongTerminator(String terminator) {
        return "Credential should be scoped with a valid terminator: '" + TERMINATOR + "', not '" + terminator + "'. ";
    }

    /** CONFIRMED-3P but dated (DynamoDB, 2013). */
    static String wrongScopeDate(String scopeDate, String requestDay, String requestDate) {
        return "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '" + scopeDate
                + "' != '" + requestDay + "', from '" + requestDate + "'.";
    }

    static AuthFailure badScope(String pieces) {
        return new AuthFailure(INVALID_CODE, pieces);
    }

    /** CONFIRMED for Cognito Identity Provider (with the final period). */
    @Behaviour(id = "auth.unknown-access-key", status = UNCONFIRMED)
    static AuthFailure unknownAccessKey() {
        return new AuthFailure(UNRECOGNIZED_CODE, "The security token included in the request is invalid.");
    }

    /** CONFIRMED for Cognito Identity Provider: no canonical request or string to sign is appended. */
    @Behaviour(id = "auth.signature-mismatch", status = UNCONFIRMED)
    static AuthFailure signatureMismatch() {
        return new AuthFailure(
                INVALID_CODE,
                "The request signature we calculated does not match the signature you "
                        + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation "
                        + "for details.");
    }

    /** CONFIRMED-3P (DynamoDB, measured 2026): a session token the fake did not issue; no final period. */
    @Behaviour(id = "auth.session-token", status = UNCONFIRMED)
    static AuthFailure unknownSecurityToken() {
        return new AuthFailure(UNRECOGNIZED_CODE, "The security token included in the request is invalid");
    }

    /** CONFIRMED-3P (DynamoDB, Kinesis). */
    @Behaviour(id = "auth.header-and-query-signature", status = UNCONFIRMED)
    static AuthFailure bothHeaderAndQuerySignature() {
        return new AuthFailure(
                INVALID_CODE,
                "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
    }
}
