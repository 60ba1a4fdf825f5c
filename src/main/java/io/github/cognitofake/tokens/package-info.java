/**
 * Provider tokens for tests: {@link io.github.cognitofake.tokens.Tokens} mints Cognito user pool ID tokens
 * (with groups, IAM roles and custom attributes), OpenID Connect and Google ID tokens as signed JWTs, each a
 * {@link io.github.cognitofake.tokens.ProviderToken} that knows its {@code Logins} key.
 */
package io.github.cognitofake.tokens;
