package io.github.cognitofake.internal.state;

import java.util.Map;

/**
 * The attributes-for-access-control setting of one identity provider of a pool: whether the provider's
 * default claim mappings apply, and the custom principal tag to claim mappings, as SetPrincipalTagAttributeMap
 * stored them.
 *
 * @param useDefaults   whether the provider's default mappings apply
 * @param principalTags principal tag key to the claim (or SAML attribute) whose value it takes, in the caller's order
 */
public record PrincipalTagMap(boolean useDefaults, Map<String, String> principalTags) {

    /** What a provider has before any SetPrincipalTagAttributeMap: no defaults and no custom tags. */
    public static final PrincipalTagMap NONE = new PrincipalTagMap(false, Map.of());

    public PrincipalTagMap {
        principalTags = Copies.orderedMap(principalTags);
    }
}
