package io.github.cognitofake.testing;

/**
 * The identity providers, app ids and roles the tests configure pools with, one copy of each. The values are
 * those of the documentation examples: a user pool in us-east-1 with app client {@code client1}, account
 * {@code 123456789012}.
 */
public final class TestProviders {

    /** The user pool's id. */
    public static final String USER_POOL_ID = "us-east-1_Abc123";

    /** The user pool's provider name, as in a pool's CognitoIdentityProviders and a token's issuer. */
    public static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/" + USER_POOL_ID;

    /** The user pool's app client that pools trust. */
    public static final String CLIENT_ID = "client1";

    /** The user pool and app client as role mappings and principal tags name them. */
    public static final String USER_POOL_KEY = USER_POOL + ":" + CLIENT_ID;

    public static final String FACEBOOK = "graph.facebook.com";
    public static final String GOOGLE = "accounts.google.com";
    public static final String APPLE = "appleid.apple.com";

    /** The OpenID Connect issuer, and the ARN of its IAM provider. */
    public static final String OIDC = "login.example.com";

    public static final String OIDC_ARN = "arn:aws:iam::123456789012:oidc-provider/" + OIDC;
    public static final String SAML_ARN = "arn:aws:iam::123456789012:saml-provider/Corp";

    /** A developer provider name. */
    public static final String DEVELOPER = "login.example.app";

    /** Role ARNs: authenticated, guest and a rule-mapped admin role. */
    public static final String AUTH = "arn:aws:iam::123456789012:role/Auth";

    public static final String GUEST = "arn:aws:iam::123456789012:role/Guest";
    public static final String ADMIN = "arn:aws:iam::123456789012:role/Admin";

    private TestProviders() {}
}
