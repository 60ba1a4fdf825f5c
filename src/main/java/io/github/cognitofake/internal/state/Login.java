package io.github.cognitofake.internal.state;

/**
 * A user at a login provider: the key of the login index, so that the same user always finds the same
 * identity.
 *
 * @param providerName the Logins key, such as {@code graph.facebook.com}
 * @param userIdentifier the user's identifier at that provider
 */
public record Login(String providerName, String userIdentifier) {}
