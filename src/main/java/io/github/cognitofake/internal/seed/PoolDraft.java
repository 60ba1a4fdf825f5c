package io.github.cognitofake.internal.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitofake.internal.json.JsonTree;
import io.github.cognitofake.seed.IdentityPoolSpec;
import io.github.cognitofake.seed.MappingRules;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;

/**
 * One seeded pool, built directly as the JSON bodies of CreateIdentityPool and SetIdentityPoolRoles.
 * Values are passed on as given, nulls included, so the service's own validation judges them.
 */
final class PoolDraft implements IdentityPoolSpec {

    // <provider name>:<app client id>, where the provider name is a user pool's issuer without https://.
    private static final Pattern USER_POOL_LOGIN = Pattern.compile("(cognito-idp\\.[^/]+/[^:]+):(.+)");

    private final String name;
    private String fixedId;
    private final ObjectNode create = JsonTree.object();
    private final ObjectNode roles = JsonTree.object();
    private final ObjectNode mappings = JsonTree.object();

    PoolDraft(String name) {
        this.name = name;
        create.put("IdentityPoolName", name);
        create.put("AllowUnauthenticatedIdentities", false); // a required member: the seed makes the default explicit
    }

    @Override
    public IdentityPoolSpec id(String identityPoolId) {
        this.fixedId = Objects.requireNonNull(identityPoolId, "identityPoolId");
        return this;
    }

    @Override
    public IdentityPoolSpec allowUnauthenticatedIdentities(boolean allow) {
        create.put("AllowUnauthenticatedIdentities", allow);
        return this;
    }

    @Override
    public IdentityPoolSpec allowClassicFlow(boolean allow) {
        create.put("AllowClassicFlow", allow);
        return this;
    }

    @Override
    public IdentityPoolSpec loginProvider(String domain, String appId) {
        object("SupportedLoginProviders").put(key(domain, "domain"), appId);
        return this;
    }

    @Override
    public IdentityPoolSpec cognitoProvider(String providerName, String clientId) {
        return cognitoProvider(providerName, clientId, false);
    }

    @Override
    public IdentityPoolSpec cognitoProvider(String providerName, String clientId, boolean serverSideTokenCheck) {
        array("CognitoIdentityProviders")
                .addObject()
                .put("ProviderName", providerName)
                .put("ClientId", clientId)
                .put("ServerSideTokenCheck", serverSideTokenCheck);
        return this;
    }

    @Override
    public IdentityPoolSpec openIdConnectProvider(String providerArn) {
        array("OpenIdConnectProviderARNs").add(providerArn);
        return this;
    }

    @Override
    public IdentityPoolSpec samlProvider(String providerArn) {
        array("SamlProviderARNs").add(providerArn);
        return this;
    }

    @Override
    public IdentityPoolSpec developerProviderName(String developerProviderName) {
        create.put("DeveloperProviderName", developerProviderName);
        return this;
    }

    @Override
    public IdentityPoolSpec tag(String key, String value) {
        object("IdentityPoolTags").put(key(key, "tag key"), value);
        return this;
    }

    @Override
    public IdentityPoolSpec authenticatedRole(String roleArn) {
        roles.put("authenticated", roleArn);
        return this;
    }

    @Override
    public IdentityPoolSpec unauthenticatedRole(String roleArn) {
        roles.put("unauthenticated", roleArn);
        return this;
    }

    @Override
    public IdentityPoolSpec tokenMapping(String provider, AmbiguousRoleResolutionType ambiguousRoleResolution) {
        mapping(provider, "Token", ambiguousRoleResolution);
        return this;
    }

    @Override
    public IdentityPoolSpec rulesMapping(
            String provider, AmbiguousRoleResolutionType ambiguousRoleResolution, Consumer<MappingRules> rules) {
        Objects.requireNonNull(rules, "rules");
        RulesDraft draft = new RulesDraft();
        rules.accept(draft);
        mapping(provider, "Rules", ambiguousRoleResolution)
                .putObject("RulesConfiguration")
                .set("Rules", draft.rules());
        return this;
    }

    private ObjectNode mapping(String provider, String type, AmbiguousRoleResolutionType resolution) {
        ObjectNode mapping = mappings.putObject(key(provider, "provider"));
        mapping.put("Type", type);
        mapping.put("AmbiguousRoleResolution", Values.wireName(resolution, "ambiguousRoleResolution"));
        return mapping;
    }

    PoolRequest request() {
        ObjectNode createBody = create.deepCopy();
        addMappedUserPoolProviders(createBody);
        ObjectNode rolesBody = null;
        if (!roles.isEmpty() || !mappings.isEmpty()) {
            rolesBody = JsonTree.object();
            rolesBody.set("Roles", roles.deepCopy());
            if (!mappings.isEmpty()) {
                rolesBody.set("RoleMappings", mappings.deepCopy());
            }
        }
        return new PoolRequest(name, fixedId, createBody, rolesBody, "identity pool '" + name + "'");
    }

    /** A mapping for a user pool app client the pool does not list yet adds it, so the common case is one line. */
    private void addMappedUserPoolProviders(ObjectNode body) {
        mappings.fieldNames().forEachRemaining(provider -> {
            Matcher login = USER_POOL_LOGIN.matcher(provider);
            if (login.matches() && !listsUserPoolClient(body, login.group(1), login.group(2))) {
                ArrayNode providers = body.has("CognitoIdentityProviders")
                        ? (ArrayNode) body.get("CognitoIdentityProviders")
                        : body.putArray("CognitoIdentityProviders");
                providers
                        .addObject()
                        .put("ProviderName", login.group(1))
                        .put("ClientId", login.group(2))
                        .put("ServerSideTokenCheck", false);
            }
        });
    }

    private static boolean listsUserPoolClient(ObjectNode body, String providerName, String clientId) {
        for (var provider : body.path("CognitoIdentityProviders")) {
            if (providerName.equals(provider.path("ProviderName").asText(null))
                    && clientId.equals(provider.path("ClientId").asText(null))) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode object(String member) {
        return create.has(member) ? (ObjectNode) create.get(member) : create.putObject(member);
    }

    private ArrayNode array(String member) {
        return create.has(member) ? (ArrayNode) create.get(member) : create.putArray(member);
    }

    private static String key(String key, String what) {
        return Objects.requireNonNull(key, () -> "The " + what + " must not be null.");
    }
}
