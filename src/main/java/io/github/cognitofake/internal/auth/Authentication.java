package io.github.cognitofake.internal.auth;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.http.WireRequest;
import java.util.Optional;

/**
 * How the front end checks the authentication of a request to an operation that requires a signature.
 * By default the fake only asks for an {@code Authorization} header; {@link SigV4Verifier} checks the
 * signature itself.
 */
public interface Authentication {

    /** The refusal of the request, or empty when it may proceed. */
    Optional<AuthFailure> check(WireRequest request);

    /** Accepts any request that carries an {@code Authorization} header, whatever it says. */
    @Behaviour(id = "protocol.missing-authorization-header", status = UNCONFIRMED)
    static Authentication headerPresent() {
        return request -> request.header(SignatureTexts.AUTHORIZATION).isPresent()
                ? Optional.empty()
                : Optional.of(SignatureTexts.missingAuthenticationToken());
    }
}
