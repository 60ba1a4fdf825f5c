package io.github.cognitofake.internal.auth;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/cognito-identity/aws4_request,
 * SignedHeaders=host;x-amz-date, Signature=hex}.
 */
record AuthorizationHeader(String algorithm, String credential, String signedHeaders, String signature) {

    private static final List<String> REQUIRED = List.of("Credential", "Signature", "SignedHeaders");

    /**
     * Reads the header, refusing it as the service does when a parameter, or the request's date, is missing.
     *
     * @param dateHeader the request's X-Amz-Date or Date header
     */
    @Behaviour(id = "auth.parameter-names", status = UNCONFIRMED)
    static AuthorizationHeader parse(String authorization, Optional<String> dateHeader) throws Refused {
        String trimmed = authorization.strip();
        int space = indexOfWhitespace(trimmed);
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        String rest = space < 0 ? "" : trimmed.substring(space + 1);
        Map<String, String> parameters = new HashMap<>();
        for (String part : rest.split(",")) {
            String pair = part.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new Refused(SignatureTexts.notAKeyValuePair(pair, authorization));
            }
            parameters.putIfAbsent(
                    pair.substring(0, equals).strip(),
                    pair.substring(equals + 1).strip());
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (parameters.getOrDefault(name, "").isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty() || dateHeader.isEmpty()) {
            throw new Refused(SignatureTexts.incompleteAuthorization(missing, dateHeader.isEmpty(), authorization));
        }
        return new AuthorizationHeader(
                algorithm, parameters.get("Credential"), parameters.get("SignedHeaders"), parameters.get("Signature"));
    }

    /** The signed header names, lower case, in the order the client listed them. */
    List<String> signedHeaderNames() {
        List<String> names = new ArrayList<>();
        for (String name : signedHeaders.split(";")) {
            if (!name.isBlank()) {
                names.add(name.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A refusal found while checking the signature; carries the answer. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient AuthFailure failure;

        Refused(AuthFailure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }
    }
}
