package io.github.cognitofake.junit;

import io.github.cognitofake.CognitoIdentityFake;
import io.github.cognitofake.FakeOptions;
import io.github.cognitofake.fault.Faults;
import io.github.cognitofake.seed.Fixture;
import io.github.cognitofake.seed.Seed;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
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
 * <p>After each test it checks what the test did with its fake, as its {@link Strictness} says (by default, that
 * a fake made strict with {@code expect(...)} received no unexpected operation), and it adds the fake's journal
 * to the failure of a failed test ({@link Builder#journalReport}).
 *
 * <p>A client a test builds itself with {@code fake.configure(builder)} gets the fake's region, endpoint,
 * credentials and HTTP client: a region set on the builder before is replaced. Give the extension the region the
 * code under test uses ({@link Builder#region}, {@code @CognitoIdentityFakeTest(region = ...)}) instead.
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
                AfterEachCallback,
                AfterAllCallback,
                ParameterResolver,
                TestInstancePostProcessor,
                TestInstancePreConstructCallback {

    /**
     * The JUnit configuration parameter that turns the journal report of failed tests off for the whole run
     * ({@code cognitofake.journalReport=false}); a registration's {@link Builder#journalReport} wins over it.
     */
    public static final String JOURNAL_REPORT_PARAMETER = "cognitofake.journalReport";

    /** The key of the report entries the extension publishes: the journal of a failed test, strictness warnings. */
    public static final String REPORT_ENTRY_KEY = "cognito-identity-fake";

    static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CognitoIdentityFakeExtension.class);

    private static final Logger LOGGER = Logger.getLogger(CognitoIdentityFakeExtension.class.getName());

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

    /** The name given to {@link Builder#name}; empty for the unnamed extension. */
    String name() {
        return name;
    }

    /**
     * Whether this registration does nothing for the class of {@code context}: only a declarative one, registered
     * through {@link InjectCognitoIdentity} alone, beside an unnamed programmatic one (see {@link Registrations}).
     */
    private boolean inactive(ExtensionContext context) {
        if (settings != null || !name.isEmpty()) {
            return false;
        }
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new InactiveKey(this, testClass),
                        key -> Registrations.decide(testClass),
                        Registrations.Decision.class)
                .stepsAside(context.getTestInstance());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (inactive(context)) {
            return;
        }
        SdkClientRouting.of(context, name); // refuses the class now when routing asked for would not be safe
        ClassScope scope = scope(context);
        scope.checkFixtures();
        fields.injectStatic(context.getRequiredTestClass(), scope::requestShared);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (inactive(context)) {
            return;
        }
        ClassScope scope = scope(context);
        scope.checkFixtures(); // again for each test: a registration on an instance field gets no beforeAll
        Lease shared = scope.existingSharedLeaseOrNull();
        if (shared != null) {
            context.getStore(NAMESPACE).put(new BaselineKey(this), Baseline.of(shared.fake()));
        }
        List<Object> instances = context.getRequiredTestInstances().getAllInstances();
        pending.adopt(instances).ifPresent(lease -> context.getStore(NAMESPACE).put(new TestKey(this), lease));
        for (Object instance : instances) {
            fields.injectInstance(instance, () -> testFake(context));
        }
        SdkClientRouting.of(context, name).ifPresent(routing -> {
            CognitoIdentityFake sharedFake = scope(context).sharedFakeOrNull();
            if (sharedFake != null) {
                routing.routeShared(sharedFake);
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
        if (inactive(context)) {
            return;
        }
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

    /**
     * Checks what the test did with its fake, as its {@link Strictness} says, and adds the fake's journal to a
     * failed test. A problem fails only a test that passed; a failed test gets it as a suppressed note.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        if (inactive(context)) {
            return;
        }
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Lease own = store.get(new TestKey(this), Lease.class);
        Lease lease = own != null ? own : scope(context).existingSharedLeaseOrNull();
        Optional<Throwable> failure = context.getExecutionException();
        if (lease == null
                || lease.fake().isClosed()
                || failure.filter(Review::aborted).isPresent()) {
            return;
        }
        Baseline atStart = own != null ? null : store.get(new BaselineKey(this), Baseline.class);
        Review review = new Review(lease.fake(), atStart != null ? atStart : lease.initial());
        Strictness level = strictness(lease.settings(), context);
        List<String> problems = review.problems(level, Set.of(), Set.of());
        if (own == null) {
            lease.checked(review.newRules(), review.newExpectations());
        }
        if (failure.isPresent()) {
            if (journalReport(lease.settings(), context)) {
                String report = review.report();
                context.publishReportEntry(REPORT_ENTRY_KEY, report);
                failure.get().addSuppressed(new FakeReport(report));
            }
            if (!problems.isEmpty()) {
                failure.get().addSuppressed(new FakeReport(Review.describe(level, problems, "test")));
            }
        } else if (!problems.isEmpty()) {
            complain(context, level, Review.describe(level, problems, "test") + "\n" + review.report());
        }
    }

    /**
     * For {@link Strictness#STRICT_STUBS} and {@link Strictness#WARN}: the fault rules and expectations a shared
     * fake got outside its tests (in {@code @BeforeAll}) that no test used.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        if (inactive(context)) {
            return;
        }
        Lease lease = scope(context).ownSharedLeaseOrNull();
        if (lease == null || lease.fake().isClosed()) {
            return;
        }
        Strictness level = strictness(lease.settings(), context);
        if (!level.reportsUnusedStubs()) {
            return;
        }
        Review review = new Review(lease.fake(), lease.initial());
        List<String> problems = review.unusedProblems(lease.checkedRules(), lease.checkedExpectations());
        if (problems.isEmpty()) {
            return;
        }
        String message = Review.describe(
                level, problems, "class " + context.getRequiredTestClass().getName());
        Optional<Throwable> failure = context.getExecutionException();
        if (failure.isPresent()) {
            failure.get().addSuppressed(new FakeReport(message));
        } else {
            complain(context, level, message);
        }
    }

    private static void complain(ExtensionContext context, Strictness level, String message) {
        if (level.fails()) {
            throw new AssertionError(message);
        }
        context.publishReportEntry(REPORT_ENTRY_KEY, message);
        LOGGER.warning(message);
    }

    /** The registration's own level, else the run's configuration parameter, else STRICT_CALLS. */
    private static Strictness strictness(FakeSettings settings, ExtensionContext context) {
        if (settings.strictness() != Strictness.DEFAULT) {
            return settings.strictness();
        }
        return context.getConfigurationParameter(Strictness.CONFIGURATION_PARAMETER)
                .map(value -> {
                    try {
                        return Strictness.parse(value);
                    } catch (IllegalArgumentException bad) {
                        throw new ExtensionConfigurationException(
                                "Configuration parameter " + Strictness.CONFIGURATION_PARAMETER + ": "
                                        + bad.getMessage(),
                                bad);
                    }
                })
                .orElse(Strictness.STRICT_CALLS);
    }

    /** The registration's own choice, else the run's configuration parameter, else on. */
    private static boolean journalReport(FakeSettings settings, ExtensionContext context) {
        if (settings.journalReport() != null) {
            return settings.journalReport();
        }
        return context.getConfigurationParameter(JOURNAL_REPORT_PARAMETER)
                .map(value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default ->
                        throw new ExtensionConfigurationException("Configuration parameter " + JOURNAL_REPORT_PARAMETER
                                + ": '" + value + "' is neither true nor false.");
                })
                .orElse(true);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (inactive(context)) {
            return;
        }
        pending.bind(testInstance);
    }

    /**
     * Claims parameters of the injectable types that name this extension (no {@link InjectCognitoIdentity}
     * names the unnamed one). A parameter that names this extension explicitly, or whose type belongs to this
     * library or to the SDK's Cognito Identity module, yet is not injectable, fails here with the list of
     * injectable types; every other parameter (such as {@code TestInfo}) is left to other resolvers.
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Optional<InjectCognitoIdentity> annotation = parameter.findAnnotation(InjectCognitoIdentity.class);
        String wanted = annotation.map(InjectCognitoIdentity::value).orElse("");
        if (!wanted.equals(name) || inactive(context)) {
            return false;
        }
        Class<?> type = parameter.getParameter().getType();
        if (Injectable.of(type).isPresent()) {
            return true;
        }
        if (annotation.isPresent() || Injectable.looksLikeOurs(type)) {
            throw new ParameterResolutionException(unsupported(parameter, annotation.isPresent()));
        }
        return false;
    }

    private static String unsupported(ParameterContext parameter, boolean annotated) {
        Class<?> type = parameter.getParameter().getType();
        String hint = type.getName().startsWith("software.amazon.awssdk.services.cognitoidentity.")
                ? " To build a client of your own, take the CognitoIdentityFake and call"
                        + " fake.configure(CognitoIdentityClient.builder())."
                : "";
        return "Cannot inject " + (annotated ? "@InjectCognitoIdentity " : "") + "parameter " + parameter.getIndex()
                + " (" + type.getName() + ") of " + parameter.getDeclaringExecutable() + ": the Cognito Identity"
                + " fake extension injects " + Injectable.TYPE_NAMES + "; declare the parameter as one of them."
                + hint;
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

    /** Key of what a class's shared fake held when a test began, in the test's store. */
    private record BaselineKey(CognitoIdentityFakeExtension extension) {}

    /** Key of whether this extension steps aside for a class (see {@link #inactive}). */
    private record InactiveKey(CognitoIdentityFakeExtension extension, Class<?> testClass) {}

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
        private Strictness strictness = Strictness.DEFAULT;
        private Boolean journalReport;

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
         * A fixture resource, loaded in the order given: with a leading {@code /} from the root of the classpath,
         * otherwise relative to the test class's package.
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
         * What is checked after each test (see {@link Strictness}); the default takes the configuration parameter
         * {@value Strictness#CONFIGURATION_PARAMETER}, or {@link Strictness#STRICT_CALLS} without one.
         *
         * @param strictness the level
         * @return this builder
         */
        public Builder strictness(Strictness strictness) {
            this.strictness = Objects.requireNonNull(strictness, "strictness");
            return this;
        }

        /**
         * Whether a failed test gets what its fake received (calls, key inputs, outcomes, attempts, injected faults,
         * the fault plan) as a suppressed exception on its failure and as a report entry. On unless the
         * configuration parameter {@value CognitoIdentityFakeExtension#JOURNAL_REPORT_PARAMETER} is {@code false};
         * this setting wins over it.
         *
         * @param enabled whether to report
         * @return this builder
         */
        public Builder journalReport(boolean enabled) {
            this.journalReport = enabled;
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
                    name,
                    new FakeSettings(
                            fake.options(),
                            fixtureResources,
                            fixtures,
                            seed,
                            faults,
                            lifecycle,
                            strictness,
                            journalReport));
        }
    }
}
