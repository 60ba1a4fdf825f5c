package io.github.cognitofake.internal.service.identities;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.REFUTED_AND_FIXED;
import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.service.common.ServiceError;
import io.github.cognitofake.internal.state.CognitoIdentityProvider;
import io.github.cognitofake.internal.state.IdentityPool;
import io.github.cognitofake.internal.token.Jwt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the {@code Logins} of GetId, GetCredentialsForIdentity, GetOpenIdToken and UnlinkIdentity against
 * the providers of a pool, as Cognito does, minus signatures (the fake cannot know the providers' keys).
 *
 * <p>A token of Cognito Identity itself is taken only under {@value #DEVELOPER_PROVIDER}, and not by GetId;
 * the pool's developer provider name is no Logins key. Every key must be a provider of the pool. JWT providers (user pools, OpenID Connect, Google, Sign in
 * with Apple, and {@value #DEVELOPER_PROVIDER} for the fake's own developer tokens) need a JWT whose
 * {@code iss} is the provider, that has not expired, with an {@code aud} (matched against the pool's client
 * ids where Cognito knows them) and a {@code sub}, which identifies the user. Tokens of Facebook, Amazon,
 * Twitter and Digits and SAML assertions are opaque to Cognito, which asks the provider; the fake instead
 * takes a JWT with a {@code sub} as that user (checking its {@code exp} if it has one) and any other token
 * as naming its user by the whole token string.
 */
public final class LoginVerifier {

    /** The Logins key of tokens from GetOpenIdToken(ForDeveloperIdentity). */
    @Behaviour(id = "identities.fake-token-login", status = UNCONFIRMED)
    public static final String DEVELOPER_PROVIDER = "cognito-identity.amazonaws.com";

    /** The issuer of the fake's own OpenID tokens. */
    public static final String DEVELOPER_ISSUER = "https://" + DEVELOPER_PROVIDER;

    /**
     * The issuers accepted for the social providers that sign JWTs, as the providers document their ID tokens'
     * {@code iss}. Tokens of the other social providers (Facebook, Amazon, Twitter, Digits) and SAML assertions
     * are opaque to Cognito too.
     */
    @Behaviour(id = "identities.social-jwt-issuers", status = UNCONFIRMED)
    private static final Map<String, Set<String>> SOCIAL_JWT_ISSUERS = Map.of(
            "accounts.google.com", Set.of("https://accounts.google.com", "accounts.google.com"),
            "appleid.apple.com", Set.of("https://appleid.apple.com"));

    private LoginVerifier() {}

    /**
     * Verifies every login of GetCredentialsForIdentity, GetOpenIdToken or UnlinkIdentity, in the order given;
     * the first failure is the answer. A token of Cognito Identity is accepted under
     * {@value #DEVELOPER_PROVIDER} only.
     *
     * @throws ServiceError NotAuthorizedException with the service's text for the first login refused, or
     *     InvalidParameterException for the pool's developer provider name as a key
     */
    @Behaviour(id = "identities.every-login-verified", status = CONFIRMED)
    public static List<VerifiedLogin> verify(IdentityPool pool, Map<String, String> logins, Instant now) {
        return verify(pool, logins, now, true);
    }

    /** As {@link #verify(IdentityPool, Map, Instant)} for GetId, which takes no token of Cognito Identity at all. */
    @Behaviour(id = "identities.get-id-refuses-cognito-token", status = REFUTED_AND_FIXED)
    public static List<VerifiedLogin> verifyForGetId(IdentityPool pool, Map<String, String> logins, Instant now) {
        return verify(pool, logins, now, false);
    }

    /**
     * Before the provider's own checks: a token of Cognito Identity anywhere it is not taken, then the developer
     * provider name, which is no public provider.
     */
    @Behaviour(id = "identities.cognito-token-under-another-key", status = REFUTED_AND_FIXED)
    @Behaviour(id = "identities.developer-provider-as-login-key", status = REFUTED_AND_FIXED)
    private static List<VerifiedLogin> verify(
            IdentityPool pool, Map<String, String> logins, Instant now, boolean cognitoTokensAccepted) {
        List<VerifiedLogin> verified = new ArrayList<>(logins.size());
        logins.forEach((provider, token) -> {
            boolean cognitoKey = DEVELOPER_PROVIDER.equals(provider);
            if (cognitoKey ? !cognitoTokensAccepted : isCognitoIdentityToken(token)) {
                throw ServiceError.notAuthorized(IdentityTexts.CANT_PASS_A_COGNITO_TOKEN);
            }
            if (provider.equals(pool.developerProviderName())) {
                throw ServiceError.invalidParameter(IdentityTexts.NOT_A_PUBLIC_PROVIDER);
            }
            verified.add(verify(pool, provider, token, now));
        });
        return verified;
    }

    private static boolean isCognitoIdentityToken(String token) {
        return Jwt.read(token)
                .flatMap(jwt -> jwt.stringClaim("iss"))
                .filter(DEVELOPER_ISSUER::equals)
                .isPresent();
    }

    /** Verifies one login; see {@link #verify(IdentityPool, Map, Instant)}. */
    @Behaviour(id = "identities.unconfigured-key-on-pool-without-providers", status = UNCONFIRMED)
    public static VerifiedLogin verify(IdentityPool pool, String provider, String token, Instant now) {
        if (DEVELOPER_PROVIDER.equals(provider)) {
            Jwt jwt = jwt(token, IdentityTexts.NOT_AN_OPENID_CONNECT_TOKEN, Set.of(DEVELOPER_ISSUER), now);
            requireAudience(jwt, Set.of(pool.identityPoolId()), IdentityTexts.NOT_A_SUPPORTED_PROVIDER);
            return login(provider, jwt, provider);
        }
        List<String> clientIds = pool.cognitoIdentityProviders().stream()
                .filter(p -> p.providerName().equals(provider))
                .map(CognitoIdentityProvider::clientId)
                .toList();
        if (!clientIds.isEmpty()) {
            Jwt jwt = jwt(token, IdentityTexts.NOT_A_COGNITO_TOKEN, Set.of("https://" + provider), now);
            String clientId = requireAudience(jwt, clientIds, IdentityTexts.NOT_A_SUPPORTED_PROVIDER);
            return login(provider, jwt, provider + ":" + clientId);
        }
        String appIds = pool.supportedLoginProviders().get(provider);
        if (appIds != null) {
            Set<String> issuers = SOCIAL_JWT_ISSUERS.get(provider);
            if (issuers == null) {
                return opaque(provider, token, now);
            }
            Jwt jwt = jwt(token, IdentityTexts.NOT_AN_OPENID_CONNECT_TOKEN, issuers, now);
            requireAudience(jwt, splitAppIds(appIds), IdentityTexts.NOT_A_SUPPORTED_PROVIDER);
            return login(provider, jwt, provider);
        }
        boolean openIdConnect = pool.openIdConnectProviderArns().stream()
                .anyMatch(arn -> IdentityPool.openIdConnectProviderName(arn).equals(provider));
        if (openIdConnect) {
            // Cognito matches aud against the IAM provider's client id list, which the fake does not have.
            Jwt jwt = jwt(token, IdentityTexts.NOT_AN_OPENID_CONNECT_TOKEN, Set.of("https://" + provider), now);
            requireAudiences(jwt);
            return login(provider, jwt, provider);
        }
        if (pool.samlProviderArns().contains(provider)) {
            return opaque(provider, token, now);
        }
        throw unconfigured(pool, provider, token);
    }

    /**
     * A key the pool does not have: on a pool without any provider, {@code Logins don't match}; otherwise a JWT
     * is read first (a missing {@code aud}, then an {@code iss} that is not {@code https://<key>}, are answered
     * as for a configured provider), and only a token whose issuer is its key's provider, or no JWT, gets
     * {@code Token is not from a supported provider of this identity pool.}.
     */
    @Behaviour(id = "identities.issuer-checked-before-configuration", status = REFUTED_AND_FIXED)
    private static ServiceError unconfigured(IdentityPool pool, String provider, String token) {
        if (!pool.hasLoginProviders()) {
            return ServiceError.notAuthorized(IdentityTexts.LOGINS_DO_NOT_MATCH);
        }
        Optional<Jwt> jwt = Jwt.read(token);
        if (jwt.isPresent()) {
            requireAudiences(jwt.get());
            Set<String> issuers = SOCIAL_JWT_ISSUERS.getOrDefault(provider, Set.of("https://" + provider));
            requireIssuer(jwt.get(), issuers);
        }
        return ServiceError.notAuthorized(IdentityTexts.NOT_A_SUPPORTED_PROVIDER);
    }

    /** The checks of a JWT of a configured provider: JWT form, {@code aud} present, {@code iss}, {@code exp}. */
    @Behaviour(id = "identities.not-a-jwt-texts", status = UNCONFIRMED)
    @Behaviour(id = "identities.token-check-order", status = REFUTED_AND_FIXED)
    private static Jwt jwt(String token, String notAJwt, Set<String> issuers, Instant now) {
        Jwt jwt = Jwt.read(token).orElseThrow(() -> ServiceError.notAuthorized(notAJwt));
        requireAudiences(jwt);
        requireIssuer(jwt, issuers);
        requireUnexpired(jwt, now);
        return jwt;
    }

    private static void requireIssuer(Jwt jwt, Set<String> issuers) {
        if (!jwt.stringClaim("iss").filter(issuers::contains).isPresent()) {
            throw ServiceError.notAuthorized(IdentityTexts.ISSUER_MISMATCH);
        }
    }

    private static void requireUnexpired(Jwt jwt, Instant now) {
        Optional<Long> exp = jwt.secondsClaim("exp");
        long nowSeconds = now.getEpochSecond();
        if (exp.isPresent() && nowSeconds >= exp.get()) {
            throw ServiceError.notAuthorized(IdentityTexts.tokenExpired(nowSeconds, exp.get()));
        }
    }

    /** @return the audience that matched */
    private static String requireAudience(Jwt jwt, Collection<String> accepted, String refusal) {
        for (String audience : requireAudiences(jwt)) {
            if (accepted.contains(audience)) {
                return audience;
            }
        }
        throw ServiceError.notAuthorized(refusal);
    }

    /** The token's audiences ({@link #audiences}); a token without any is refused. */
    @Behaviour(id = "identities.oidc-audience-not-matched", status = UNCONFIRMED)
    private static List<String> requireAudiences(Jwt jwt) {
        List<String> audiences = audiences(jwt.claims());
        if (audiences.isEmpty()) {
            throw ServiceError.notAuthorized(IdentityTexts.missingClaim("aud"));
        }
        return audiences;
    }

    /**
     * The {@code aud} claim, which is a string or an array of strings (RFC 7519), in the token's order; empty
     * when there is none.
     */
    public static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud instanceof String single) {
            return List.of(single);
        }
        if (aud instanceof List<?> several) {
            return several.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }

    private static VerifiedLogin login(String provider, Jwt jwt, String roleMappingKey) {
        String sub = jwt.stringClaim("sub")
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> ServiceError.notAuthorized(IdentityTexts.missingClaim("sub")));
        return new VerifiedLogin(provider, sub, jwt.claims(), roleMappingKey);
    }

    @Behaviour(id = "identities.opaque-tokens", status = UNCONFIRMED)
    private static VerifiedLogin opaque(String provider, String token, Instant now) {
        Optional<Jwt> jwt = Jwt.read(token)
                .filter(t -> t.stringClaim("sub").filter(s -> !s.isEmpty()).isPresent());
        if (jwt.isPresent()) {
            requireUnexpired(jwt.get(), now);
            return new VerifiedLogin(
                    provider,
                    jwt.get().stringClaim("sub").orElseThrow(),
                    jwt.get().claims(),
                    provider);
        }
        return new VerifiedLogin(provider, token, Map.of(), provider);
    }

    /** Several app ids of one provider are separated by semicolons (the model allows no commas or spaces). */
    public static List<String> splitAppIds(String appIds) {
        return Arrays.stream(appIds.split(";")).filter(s -> !s.isEmpty()).toList();
    }
}
