package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.FakeOptions;
import io.github.cognitofake.fault.Faults;
import io.github.cognitofake.seed.Fixture;
import io.github.cognitofake.seed.Seed;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.regions.Region;

/**
 * The JUnit Jupiter extension behind {@link CognitoIdentityFakeTest}: it hands tests a ready
 * {@code CognitoIdentityFake} and SDK clients wired to it, as parameters of test, lifecycle and constructor
 * methods and in {@link InjectCognitoIdentity} fields.
 *
 * <p>Each test gets a fresh, empty fake (then loaded with the configured fixtures and seed) unless its class
 * shares one: see {@link FakeLifecycle} and {@code docs/junit.md}. A fake is given back when the test or class
 * that held it ends; the extension resets it and hands it to a later test, so its SDK clients are built only
 * once, and it is closed at the end of the run. Tests running in parallel never hold the same fake.
 *
 * <p>Register it declaratively with {@link CognitoIdentityFakeTest}, or programmatically for the options the
 * annotation cannot carry:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CognitoIdentityFakeExtension cognito = CognitoIdentityFakeExtension.builder()
 *         .region("eu-west-1")
 *         .seed(s -> s.identityPool("app", p -> p.authenticatedRole("arn:aws:iam::123456789012:role/Auth")))
 *         .build();
 * }</pre>
 */
public final class CognitoIdentityFakeExtension
        implements BeforeAllCallback,
                BeforeEachCallback,
                ParameterResolver,
                TestInstancePostProcessor,
                TestInstancePreConstructCallback {

    static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CognitoIdentityFakeExtension.class);

    private final String name;
    /** Null when registered declaratively: the settings then come from the class's annotation. */
    private final FakeSettings settings;

    private final FieldInjector fields;
    private final PendingConstructorFakes pending = new PendingConstructorFakes();

    /** The declarative registration, configured by the {@link CognitoIdentityFakeTest} of the test class. */
    public CognitoIdentityFakeExtension() {
        this("", null);
    }

    private CognitoIdentityFakeExtension(String name, FakeSettings settings) {
        this.name = name;
        this.settings = settings;
        this.fields = new FieldInjector(name);
    }

    /**
     * A builder for programmatic registration with {@code @RegisterExtension}.
     *
     * @return a builder with the defaults of {@link CognitoIdentityFakeTest}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The fake of the test running in {@code context}: what a {@code CognitoIdentityFake} parameter would
     * receive there. For extensions and helpers that hold an {@link ExtensionContext}.
     *
     * @param context the context of a running test or test class
     * @return the fake of that test, or the class's shared fake outside a test method
     */
    public CognitoIdentityFake fake(ExtensionContext context) {
        return context.getTestMethod().isPresent()
                ? testFake(context)
                : scope(context).requestShared();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SdkClientRouting.of(context, name); // refuses the class now when routing asked for would not be safe
        ClassScope scope = scope(context);
        fields.injectStatic(context.getRequiredTestClass(), scope::requestShared);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        List<Object> instances = context.getRequiredTestInstances().getAllInstances();
        pending.adopt(instances).ifPresent(lease -> context.getStore(NAMESPACE).put(new TestKey(this), lease));
        for (Object instance : instances) {
            fields.injectInstance(instance, () -> testFake(context));
        }
        SdkClientRouting.of(context, name).ifPresent(routing -> {
            CognitoIdentityFake shared = scope(context).sharedFakeOrNull();
            if (shared != null) {
                routing.routeShared(shared);
            } else {
                routing.routeUntilTheEnd(context, testFake(context));
            }
        });
    }

    /**
     * With {@link RouteSdkClientsToFake}, points the clients a test instance builds while it is constructed (field
     * initialisers, constructor) at the fake its test will get: the class's shared fake, or the test's own, taken
     * now as for a constructor parameter.
     */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        SdkClientRouting.of(context, name).ifPresent(routing -> routing.route(constructionFake(context)));
    }

    private CognitoIdentityFake constructionFake(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        ClassScope scope = scope(classContext);
        if (classContext.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                == TestInstance.Lifecycle.PER_CLASS) {
            return scope.requestShared(); // one instance for every test: its clients need one fake
        }
        CognitoIdentityFake shared = scope.sharedFakeOrNull();
        return shared != null ? shared : pending.fakeFor(classContext, scope.settings());
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        pending.bind(testInstance);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        String wanted = parameter
                .findAnnotation(InjectCognitoIdentity.class)
                .map(InjectCognitoIdentity::value)
                .orElse("");
        return wanted.equals(name)
                && Injectable.of(parameter.getParameter().getType()).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Injectable injectable =
                Injectable.of(parameter.getParameter().getType()).orElseThrow();
        return injectable.from(parameterFake(parameter, context));
    }

    private CognitoIdentityFake parameterFake(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return testFake(context);
        }
        boolean constructor = parameter.getDeclaringExecutable() instanceof Constructor<?>;
        if (constructor
                && context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                        == TestInstance.Lifecycle.PER_METHOD) {
            // JUnit 5 builds a per-method instance in the class's context: the fake is handed to the test later.
            ClassScope scope = scope(context);
            CognitoIdentityFake shared = scope.sharedFakeOrNull();
            return shared != null ? shared : pending.fakeFor(context, scope.settings());
        }
        return scope(context).requestShared(); // @BeforeAll, @AfterAll, or a constructor of a per-class instance
    }

    /** The fake of the test running in {@code context}: its class's shared fake, or its own. */
    private CognitoIdentityFake testFake(ExtensionContext context) {
        ClassScope scope = scope(context);
        CognitoIdentityFake shared = scope.sharedFakeOrNull();
        if (shared != null) {
            return shared;
        }
        Lease lease = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new TestKey(this),
                        key -> Lease.take(context, scope.settings(), context.getRequiredTestClass()),
                        Lease.class);
        return lease.fake();
    }

    /** The scope of the class that {@code context} belongs to, made on first use. */
    private ClassScope scope(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new ScopeKey(this, testClass), key -> newScope(classContext, testClass), ClassScope.class);
    }

    private ClassScope newScope(ExtensionContext classContext, Class<?> testClass) {
        ClassScope outer = enclosingClassContext(classContext).map(this::scope).orElse(null);
        FakeSettings own = ownSettings(testClass, outer);
        ClassScope scope = outer != null && own == null
                ? new ClassScope(outer.settings(), outer, classContext)
                : new ClassScope(own != null ? own : FakeSettings.defaults(), null, classContext);
        if (fields.hasStaticField(testClass)) {
            scope.requestShared();
        }
        return scope;
    }

    /**
     * The settings a class brings itself: the builder's for a programmatic registration (a nested class then
     * inherits its enclosing class's scope), else the class's own annotation, or null to inherit.
     */
    private FakeSettings ownSettings(Class<?> testClass, ClassScope outer) {
        if (settings != null) {
            return outer == null ? settings : null;
        }
        Optional<CognitoIdentityFakeTest> annotation = outer == null
                ? AnnotationSupport.findAnnotation(testClass, CognitoIdentityFakeTest.class)
                : Optional.ofNullable(testClass.getDeclaredAnnotation(CognitoIdentityFakeTest.class));
        try {
            return annotation.map(FakeSettings::of).orElse(null);
        } catch (IllegalArgumentException bad) {
            throw new ExtensionConfigurationException(
                    "@CognitoIdentityFakeTest on " + testClass.getName() + ": " + bad.getMessage(), bad);
        }
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

    /** The context of the class enclosing a {@code @Nested} class, if {@code classContext} is one. */
    private static Optional<ExtensionContext> enclosingClassContext(ExtensionContext classContext) {
        Class<?> enclosing = classContext.getRequiredTestClass().getEnclosingClass();
        return classContext
                .getParent()
                .filter(parent -> enclosing != null
                        && parent.getTestClass().orElse(null) == enclosing
                        && parent.getTestMethod().isEmpty());
    }

    /**
     * Key of a test's own fake in its method context. Keyed by extension instance, not name: a declarative and a
     * programmatic registration may both be unnamed, and each must find only its own fakes and scopes.
     */
    private record TestKey(CognitoIdentityFakeExtension extension) {}

    /** Key of a class's scope; the class is part of it because store lookups also search enclosing contexts. */
    private record ScopeKey(CognitoIdentityFakeExtension extension, Class<?> testClass) {}

    /**
     * Settings for a programmatic registration; everything {@link CognitoIdentityFakeTest} offers, and more.
     */
    public static final class Builder {

        private String name = "";
        private CognitoIdentityFake.Builder fake = CognitoIdentityFake.builder();
        private final List<String> fixtureResources = new ArrayList<>();
        private final List<Fixture> fixtures = new ArrayList<>();
        private Consumer<Seed> seed;
        private Consumer<Faults> faults;
        private FakeLifecycle lifecycle = FakeLifecycle.PER_TEST;

        private Builder() {}

        /**
         * Names this extension, so that a second one can live in the same class: it injects only the fields
         * and parameters annotated {@code @InjectCognitoIdentity(name)}.
         *
         * @param name the name, as in {@code @InjectCognitoIdentity(name)}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The fakes' region (default {@code us-east-1}).
         *
         * @param region the region's id, such as {@code "eu-west-1"}
         * @return this builder
         */
        public Builder region(String region) {
            fake.region(Objects.requireNonNull(region, "region"));
            return this;
        }

        /**
         * The fakes' region.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            fake.region(Objects.requireNonNull(region, "region"));
            return this;
        }

        /**
         * The fakes' 12-digit account id (default {@value CognitoIdentityFake#DEFAULT_ACCOUNT_ID}).
         *
         * @param accountId twelve digits
         * @return this builder
         */
        public Builder accountId(String accountId) {
            fake.accountId(Objects.requireNonNull(accountId, "accountId"));
            return this;
        }

        /**
         * Deterministic ids from this seed: every test sees the same sequence of generated ids.
         *
         * @param seed any number; the same number gives the same ids
         * @return this builder
         */
        public Builder idSeed(long seed) {
            fake.idSeed(seed);
            return this;
        }

        /**
         * Sets every setting of the fake at once (region, account, id seed, clock, signature checks), from
         * {@code CognitoIdentityFake.builder()....options()}; later calls of {@link #region}, {@link #accountId}
         * or {@link #idSeed} change single settings of it. Idle fakes are recycled only between equal options.
         *
         * @param options the fake's options
         * @return this builder
         */
        public Builder options(FakeOptions options) {
            this.fake = Objects.requireNonNull(options, "options").toBuilder();
            return this;
        }

        /**
         * A fixture resource, named relative to the test class or absolute with a leading {@code /}.
         *
         * @param resource the resource name
         * @return this builder
         */
        public Builder fixtureResource(String resource) {
            fixtureResources.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /**
         * A fixture loaded into every fake, after the fixture resources.
         *
         * @param fixture the fixture
         * @return this builder
         */
        public Builder fixture(Fixture fixture) {
            fixtures.add(Objects.requireNonNull(fixture, "fixture"));
            return this;
        }

        /**
         * Seeds every fake before it is handed out, after the fixtures.
         *
         * @param seed what to create
         * @return this builder
         */
        public Builder seed(Consumer<Seed> seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /**
         * Sets default faults on every fake before it is handed out; a test can add or clear rules.
         *
         * @param faults adds the default rules to a fake's fault plan
         * @return this builder
         */
        public Builder faults(Consumer<Faults> faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        /**
         * A fresh fake per test (default) or one per class.
         *
         * @param lifecycle how long a fake lives
         * @return this builder
         */
        public Builder lifecycle(FakeLifecycle lifecycle) {
            this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
            return this;
        }

        /**
         * The extension.
         *
         * @throws IllegalArgumentException for an account id that is not 12 digits
         * @return the extension, for a {@code @RegisterExtension} field
         */
        public CognitoIdentityFakeExtension build() {
            return new CognitoIdentityFakeExtension(
                    name, new FakeSettings(fake.options(), fixtureResources, fixtures, seed, faults, lifecycle));
        }
    }
}
