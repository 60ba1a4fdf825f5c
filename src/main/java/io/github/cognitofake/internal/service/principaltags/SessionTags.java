package io.github.cognitofake.internal.service.principaltags;

import static io.github.cognitofake.internal.fidelity.Behaviour.Status.UNCONFIRMED;

import io.github.cognitofake.internal.fidelity.Behaviour;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session (principal) tags a set of credentials carries: the provider's principal tag map (tag key to
 * claim name, from {@link PrincipalTagService#sessionTagClaims}) read against the claims of one login's token.
 */
public final class SessionTags {

    private SessionTags() {}

    /**
     * Tag key to the claim's value, in the map's order. A claim the token does not have gives no tag; a
     * string claim gives its value, a number or boolean its JSON text; a claim that is a list or an object
     * gives no tag.
     */
    @Behaviour(id = "principaltags.single-valued-claims-only", status = UNCONFIRMED)
    public static Map<String, String> resolve(Map<String, String> tagClaims, Map<String, Object> claims) {
        Map<String, String> tags = new LinkedHashMap<>();
        tagClaims.forEach((tag, claim) -> {
            Object value = claims.get(claim);
            if (value instanceof String text) {
                tags.put(tag, text);
            } else if (value instanceof Number || value instanceof Boolean) {
                tags.put(tag, String.valueOf(value));
            }
        });
        return Collections.unmodifiableMap(tags);
    }
}
