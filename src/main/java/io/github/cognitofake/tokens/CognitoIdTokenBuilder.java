package io.github.cognitofake.tokens;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.CONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Mints an ID token of a Cognito user pool, with the claims a real one has: {@code iss}
 * ({@code https://cognito-idp.<region>.amazonaws.com/<userPoolId>}), {@code aud} (the app client id),
 * {@code token_use} {@code id}, {@code sub}, {@code cognito:username}, {@code auth_time}, {@code iat},
 * {@code exp} (one hour on), {@code jti}, {@code origin_jti}, {@code event_id}, and, as you add them,
 * {@code email}, {@code cognito:groups}, {@code custom:*} attributes and any other claim.
 *
 * <p>Groups with IAM roles give {@code cognito:roles} (a JSON array, as in real tokens) and
 * {@code cognito:preferred_role}, computed as Cognito does: the role of the group with the lowest
 * precedence; when several groups share that precedence with different roles, no preferred role. Groups
 * without a precedence come after all groups with one.
 *
 * <pre>{@code
 * ProviderToken token = Tokens.cognitoIdToken("us-east-1_Abc123", "client1")
 *         .username("alice").email("alice@example.com")
 *         .group("admins", "arn:aws:iam::123456789012:role/Admin", 1)
 *         .customAttribute("tier", "gold")
 *         .build();
 * }</pre>
 */
public final class CognitoIdTokenBuilder {

    private static final Pattern USER_POOL_ID = Pattern.compile("([\\w-]+)_[0-9a-zA-Z]+");
    private static final Pattern CLIENT_ID = Pattern.compile("[\\w+]+");

    private final String userPoolId;
    private final String region;
    private final String clientId;
    private final Lifetime lifetime = new Lifetime();
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Object> customAttributes = new LinkedHashMap<>();
    private final Map<String, Object> extraClaims = new LinkedHashMap<>();
    private String subject;
    private String username;
    private String email;
    private boolean emailVerified = true;

    CognitoIdTokenBuilder(String userPoolId, String clientId) {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(clientId, "clientId");
        var poolId = USER_POOL_ID.matcher(userPoolId);
        if (!poolId.matches()) {
            throw new IllegalArgumentException(
                    "A user pool id is <region>_<id>, such as \"us-east-1_Abc123\"; got \"" + userPoolId + "\".");
        }
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException(
                    "An app client id is letters, digits and underscores; got \"" + clientId + "\".");
        }
        this.userPoolId = userPoolId;
        this.region = poolId.group(1);
        this.clientId = clientId;
    }

    /**
     * Sets the {@code sub} claim, the user's stable id (default: a random UUID). Fix it when a test needs
     * the same user in several tokens, or to match a principal tag mapped from {@code sub}.
     *
     * @param subject the user's id in the user pool
     * @return this builder
     */
    public CognitoIdTokenBuilder subject(String subject) {
        this.subject = Objects.requireNonNull(subject, "subject");
        return this;
    }

    /**
     * Sets the {@code cognito:username} claim (default: the subject, as for users who sign in with an alias).
     *
     * @param username the user's name in the user pool
     * @return this builder
     */
    public CognitoIdTokenBuilder username(String username) {
        this.username = Objects.requireNonNull(username, "username");
        return this;
    }

    /**
     * Sets the {@code email} claim, with {@code email_verified} true unless {@link #emailVerified(boolean)} says
     * otherwise; without it the token has neither claim.
     *
     * @param email the user's email address
     * @return this builder
     */
    public CognitoIdTokenBuilder email(String email) {
        this.email = Objects.requireNonNull(email, "email");
        return this;
    }

    /**
     * Sets the {@code email_verified} claim that comes with {@link #email(String)}.
     *
     * @param verified whether the email address is verified (default true)
     * @return this builder
     */
    public CognitoIdTokenBuilder emailVerified(boolean verified) {
        this.emailVerified = verified;
        return this;
    }

    /**
     * Adds membership of a group without an IAM role: it appears in {@code cognito:groups} only.
     *
     * @param name the group's name
     * @return this builder
     * @throws IllegalArgumentException if the user is in a group of that name already
     */
    public CognitoIdTokenBuilder group(String name) {
        return addGroup(name, null, null);
    }

    /**
     * Adds membership of a group with an IAM role and no precedence (it ranks after groups with one).
     *
     * @param name the group's name
     * @param roleArn the ARN of the group's IAM role, for {@code cognito:roles}
     * @return this builder
     * @throws IllegalArgumentException if the user is in a group of that name already
     */
    public CognitoIdTokenBuilder group(String name, String roleArn) {
        return addGroup(name, Objects.requireNonNull(roleArn, "roleArn"), null);
    }

    /**
     * Adds membership of a group with an IAM role and a precedence (0 is the highest): the role joins
     * {@code cognito:roles} and competes for {@code cognito:preferred_role}.
     *
     * @param name the group's name
     * @param roleArn the ARN of the group's IAM role
     * @param precedence the group's precedence, 0 or more; the lowest wins the preferred role
     * @return this builder
     * @throws IllegalArgumentException if the precedence is negative, or the user is in a group of that name
     *     already
     */
    public CognitoIdTokenBuilder group(String name, String roleArn, int precedence) {
        if (precedence < 0) {
            throw new IllegalArgumentException(
                    "A group's precedence is a non-negative integer; got " + precedence + ".");
        }
        return addGroup(name, Objects.requireNonNull(roleArn, "roleArn"), precedence);
    }

    /**
     * A custom attribute, as the claim {@code custom:<name>} ({@code "tier"} and {@code "custom:tier"} both
     * give {@code custom:tier}). Cognito puts custom attributes in ID tokens as strings.
     *
     * @param name the attribute's name, with or without the {@code custom:} prefix
     * @param value the attribute's value
     * @return this builder
     * @throws IllegalArgumentException if the name is empty
     */
    public CognitoIdTokenBuilder customAttribute(String name, String value) {
        ClaimValues.name(name);
        Objects.requireNonNull(value, "value");
        customAttributes.put(name.startsWith("custom:") ? name : "custom:" + name, value);
        return this;
    }

    /**
     * Any claim, with a JSON value (String, Number, Boolean, List or Map). It replaces a claim the builder
     * computes, such as {@code cognito:roles} or {@code exp}; {@code null} leaves the claim out.
     *
     * @param name the claim's name
     * @param value the claim's value, or {@code null} to leave the claim out of the token
     * @return this builder
     * @throws IllegalArgumentException if the name is empty or the value is not one JSON can carry
     */
    public CognitoIdTokenBuilder claim(String name, Object value) {
        extraClaims.put(ClaimValues.name(name), ClaimValues.json(name, value));
        return this;
    }

    /**
     * Sets the issue time ({@code iat} and {@code auth_time}; default: now), from which {@code exp} counts.
     *
     * @param issuedAt the issue time; the token keeps whole seconds
     * @return this builder
     */
    public CognitoIdTokenBuilder issuedAt(Instant issuedAt) {
        lifetime.issuedAt(issuedAt);
        return this;
    }

    /**
     * Sets how long the token is valid after its issue time (default one hour); {@link #expired()} makes
     * an expired one.
     *
     * @param validFor the token's lifetime, positive; the token keeps whole seconds
     * @return this builder
     * @throws IllegalArgumentException if the lifetime is zero or negative
     */
    public CognitoIdTokenBuilder expiresIn(Duration validFor) {
        lifetime.validFor(validFor);
        return this;
    }

    /**
     * Makes the token expired already ({@code exp} in the past), to test how expired logins are refused.
     *
     * @return this builder
     */
    public CognitoIdTokenBuilder expired() {
        lifetime.expired();
        return this;
    }

    /**
     * Signs the token (RS256, the fake's key). Each call mints a new token: new {@code jti},
     * {@code origin_jti} and {@code event_id}, and a new random {@code sub} unless {@link #subject(String)} set one.
     *
     * @return the token with its Logins and role mapping keys
     */
    public ProviderToken build() {
        String sub = subject != null ? subject : UUID.randomUUID().toString();
        long iat = lifetime.issuedAtSeconds();
        List<String> roles = roles();
        String preferredRole = preferredRole();

        // The order of a real ID token's claims, as the developer guide's example shows them.
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", sub);
        if (!groups.isEmpty()) {
            claims.put("cognito:groups", groups.stream().map(Group::name).toList());
        }
        if (email != null) {
            claims.put("email_verified", emailVerified);
        }
        if (preferredRole != null) {
            claims.put("cognito:preferred_role", preferredRole);
        }
        claims.put("iss", "https://" + providerName());
        claims.put("cognito:username", username != null ? username : sub);
        claims.put("origin_jti", UUID.randomUUID().toString());
        if (!roles.isEmpty()) {
            claims.put("cognito:roles", roles);
        }
        claims.put("aud", clientId);
        claims.put("event_id", UUID.randomUUID().toString());
        claims.put("token_use", "id");
        claims.put("auth_time", iat);
        claims.put("exp", lifetime.expiresAtSeconds(iat));
        claims.put("iat", iat);
        claims.put("jti", UUID.randomUUID().toString());
        if (email != null) {
            claims.put("email", email);
        }
        claims.putAll(customAttributes);
        extraClaims.forEach((name, value) -> {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
        });
        return ProviderToken.sign(claims, providerName(), providerName() + ":" + clientId);
    }

    private String providerName() {
        return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    private CognitoIdTokenBuilder addGroup(String name, String roleArn, Integer precedence) {
        Objects.requireNonNull(name, "name");
        if (groups.stream().anyMatch(group -> group.name().equals(name))) {
            throw new IllegalArgumentException("The user is in group \"" + name + "\" already.");
        }
        groups.add(new Group(name, roleArn, precedence));
        return this;
    }

    /** Every distinct role of the user's groups, the best precedence first (ties in the order groups were added). */
    private List<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        groups.stream()
                .filter(group -> group.roleArn() != null)
                .sorted(BY_PRECEDENCE)
                .forEach(group -> roles.add(group.roleArn()));
        return List.copyOf(roles);
    }

    /** The role of the best-ranked groups with a role, when they agree on one; otherwise none. */
    @Behaviour(id = "tokens.preferred-role", status = CONFIRMED)
    private String preferredRole() {
        List<Group> withRoles = groups.stream()
                .filter(group -> group.roleArn() != null)
                .sorted(BY_PRECEDENCE)
                .toList();
        if (withRoles.isEmpty()) {
            return null;
        }
        Integer best = withRoles.get(0).precedence();
        Set<String> bestRoles = new LinkedHashSet<>();
        withRoles.stream()
                .filter(group -> Objects.equals(group.precedence(), best))
                .forEach(group -> bestRoles.add(group.roleArn()));
        return bestRoles.size() == 1 ? bestRoles.iterator().next() : null;
    }

    /** Lower precedence first; groups without one last. */
    private static final Comparator<Group> BY_PRECEDENCE =
            Comparator.comparing(Group::precedence, Comparator.nullsLast(Comparator.naturalOrder()));

    private record Group(String name, String roleArn, Integer precedence) {}
}
