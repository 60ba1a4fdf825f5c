package io.github.cognitofake.testing;

import io.github.cognitofake.CognitoIdentityFake;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;

/**
 * Creates identity pools through a client, as a test's setup does: {@code TestPools.create(cognito, "app")}
 * for a pool without guests or providers, or a {@link Spec} for one with them:
 *
 * <pre>{@code
 * static final TestPools.Spec POOL = TestPools.pool("app").guests().facebook("fb-app").userPool(CLIENT_ID);
 * String poolId = POOL.create(cognito);
 * }</pre>
 *
 * <p>A spec sends only what it was given: a pool without login providers sends no SupportedLoginProviders.
 * Specs are immutable, so a class can keep its pool's shape in a constant and vary it per test.
 */
public final class TestPools {

    private TestPools() {}

    /** A pool of this name without guests or providers; answers its id. */
    public static String create(CognitoIdentityClient cognito, String name) {
        return pool(name).create(cognito);
    }

    /** A pool of this name that allows guests, without providers; answers its id. */
    public static String withGuests(CognitoIdentityClient cognito, String name) {
        return pool(name).guests().create(cognito);
    }

    /** The shape of a pool of this name: no guests and no providers until added. */
    public static Spec pool(String name) {
        return new Spec(name, false, Map.of(), List.of(), List.of(), List.of(), null, b -> {});
    }

    /** The shape of one identity pool; every method answers a new spec. */
    public static final class Spec {

        private final String name;
        private final boolean guests;
        private final Map<String, String> logins;
        private final List<CognitoIdentityProvider> userPools;
        private final List<String> openIdConnect;
        private final List<String> saml;
        private final String developer;
        private final Consumer<CreateIdentityPoolRequest.Builder> more;

        private Spec(
                String name,
                boolean guests,
                Map<String, String> logins,
                List<CognitoIdentityProvider> userPools,
                List<String> openIdConnect,
                List<String> saml,
                String developer,
                Consumer<CreateIdentityPoolRequest.Builder> more) {
            this.name = name;
            this.guests = guests;
            this.logins = logins;
            this.userPools = userPools;
            this.openIdConnect = openIdConnect;
            this.saml = saml;
            this.developer = developer;
            this.more = more;
        }

        public Spec named(String newName) {
            return new Spec(newName, guests, logins, userPools, openIdConnect, saml, developer, more);
        }

        /** Allows guests (AllowUnauthenticatedIdentities). */
        public Spec guests() {
            return guests(true);
        }

        public Spec guests(boolean allowed) {
            return new Spec(name, allowed, logins, userPools, openIdConnect, saml, developer, more);
        }

        /** Adds a SupportedLoginProviders entry. */
        public Spec login(String provider, String appId) {
            Map<String, String> all = new LinkedHashMap<>(logins);
            all.put(provider, appId);
            return new Spec(
                    name, guests, Collections.unmodifiableMap(all), userPools, openIdConnect, saml, developer, more);
        }

        public Spec facebook(String appId) {
            return login(TestProviders.FACEBOOK, appId);
        }

        /** Google's client ids, several separated by {@code ;}. */
        public Spec google(String clientIds) {
            return login(TestProviders.GOOGLE, clientIds);
        }

        public Spec apple(String serviceId) {
            return login(TestProviders.APPLE, serviceId);
        }

        /** Trusts these app clients of {@link TestProviders#USER_POOL}, one CognitoIdentityProvider each. */
        public Spec userPool(String... clientIds) {
            List<CognitoIdentityProvider> all = new ArrayList<>(userPools);
            for (String clientId : clientIds) {
                all.add(CognitoIdentityProvider.builder()
                        .providerName(TestProviders.USER_POOL)
                        .clientId(clientId)
                        .build());
            }
            return new Spec(name, guests, logins, List.copyOf(all), openIdConnect, saml, developer, more);
        }

        /** Adds OpenIdConnectProviderARNs. */
        public Spec openIdConnect(String... arns) {
            return new Spec(name, guests, logins, userPools, plus(openIdConnect, arns), saml, developer, more);
        }

        /** Adds SamlProviderARNs. */
        public Spec saml(String... arns) {
            return new Spec(name, guests, logins, userPools, openIdConnect, plus(saml, arns), developer, more);
        }

        public Spec developer(String providerName) {
            return new Spec(
                    name,
                    guests,
                    logins,
                    userPools,
                    openIdConnect,
                    saml,
                    Objects.requireNonNull(providerName, "providerName"),
                    more);
        }

        /** Sets IdentityPoolTags. */
        public Spec tags(Map<String, String> tags) {
            return with(b -> b.identityPoolTags(tags));
        }

        /** Sets more of the request, after everything else. */
        public Spec with(Consumer<CreateIdentityPoolRequest.Builder> request) {
            Consumer<CreateIdentityPoolRequest.Builder> before = more;
            return new Spec(name, guests, logins, userPools, openIdConnect, saml, developer, b -> {
                before.accept(b);
                request.accept(b);
            });
        }

        /** Creates the pool through this client and answers its id. */
        public String create(CognitoIdentityClient cognito) {
            return cognito.createIdentityPool(this::fill).identityPoolId();
        }

        /** Creates the pool through the fake's synchronous client and answers its id. */
        public String create(CognitoIdentityFake fake) {
            return create(fake.client());
        }

        private void fill(CreateIdentityPoolRequest.Builder b) {
            b.identityPoolName(name).allowUnauthenticatedIdentities(guests);
            if (!logins.isEmpty()) {
                b.supportedLoginProviders(logins);
            }
            if (!userPools.isEmpty()) {
                b.cognitoIdentityProviders(userPools);
            }
            if (!openIdConnect.isEmpty()) {
                b.openIdConnectProviderARNs(openIdConnect);
            }
            if (!saml.isEmpty()) {
                b.samlProviderARNs(saml);
            }
            if (developer != null) {
                b.developerProviderName(developer);
            }
            more.accept(b);
        }

        private static List<String> plus(List<String> list, String... added) {
            List<String> all = new ArrayList<>(list);
            all.addAll(List.of(added));
            return List.copyOf(all);
        }
    }
}
