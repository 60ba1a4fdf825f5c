package io.github.cognitofake.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house, checked on the compiled main classes, so that the package tree keeps telling the
 * story docs/architecture.md tells.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.cognitofake";
    private static final String INTERNAL = ROOT + ".internal..";
    private static final String ENGINE = ROOT + ".internal.engine..";
    private static final String SERVICE = ROOT + ".internal.service";
    /** The ledger's marks: an annotation-only leaf package that any class may carry. */
    private static final String FIDELITY = ROOT + ".internal.fidelity..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noPackageCycles() {
        // Every package is its own slice, the root included: a cycle through any packages fails.
        slices().matching("io.github.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void publicPackagesReachInternalsOnlyThroughTheEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackages(INTERNAL, ROOT + ".server..", ROOT + ".tokens..")
                .should()
                .dependOnClassesThat(resideInAPackage(INTERNAL).and(not(resideInAnyPackage(ENGINE, FIDELITY))))
                .because("the facade, the extension, seeding, faults, the journal and the assertions see a fake"
                        + " through the public API, and its wiring through the engine only")
                .check(MAIN);
    }

    @Test
    void theServerCarriesAttemptsThroughThePipelineLikeTheInProcessTransports() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".server..")
                .should()
                .dependOnClassesThat(resideInAPackage(INTERNAL)
                        .and(not(resideInAnyPackage(
                                ENGINE,
                                FIDELITY,
                                ROOT + ".internal.pipeline..",
                                ROOT + ".internal.http..",
                                ROOT + ".internal.protocol.."))))
                .because("the loopback server is a transport: it gets a fake's pipeline from the engine, speaks wire"
                        + " messages, and refuses malformed HTTP in the protocol's error shape")
                .check(MAIN);
    }

    @Test
    void publicTokensUseOnlyTheJwtCodec() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".tokens..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(INTERNAL).and(not(resideInAnyPackage(FIDELITY, ROOT + ".internal.token.."))))
                .because("the token builders share the fake's JWT codec and signing key, not its state")
                .check(MAIN);
    }

    @Test
    void stateDependsOnNoOtherInternalPackage() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal.state..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(INTERNAL).and(not(resideInAnyPackage(FIDELITY, ROOT + ".internal.state.."))))
                .because("state is plain immutable values and the store that swaps them")
                .check(MAIN);
    }

    @Test
    void theProtocolLayerDoesNotReachTheServiceFamilies() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        ROOT + ".internal.protocol..",
                        ROOT + ".internal.http..",
                        ROOT + ".internal.auth..",
                        ROOT + ".internal.model..",
                        ROOT + ".internal.pipeline..",
                        ROOT + ".internal.transport..",
                        ROOT + ".internal.fault..",
                        ROOT + ".internal.journal..")
                .should()
                .dependOnClassesThat(resideInAPackage(SERVICE + "..").and(not(resideInAPackage(SERVICE + ".common.."))))
                .because("the protocol routes to handlers through service.common; only the engine knows the service")
                .check(MAIN);
    }

    @Test
    void serviceFamiliesDependOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("service")
                .definedBy(SERVICE)
                .layer("credentials")
                .definedBy(SERVICE + ".credentials..")
                .layer("openid")
                .definedBy(SERVICE + ".openid..")
                .layer("developer")
                .definedBy(SERVICE + ".developer..")
                .layer("identities")
                .definedBy(SERVICE + ".identities..")
                .layer("principaltags")
                .definedBy(SERVICE + ".principaltags..")
                .layer("roles")
                .definedBy(SERVICE + ".roles..")
                .layer("tags")
                .definedBy(SERVICE + ".tags..")
                .layer("pools")
                .definedBy(SERVICE + ".pools..")
                .layer("common")
                .definedBy(SERVICE + ".common..")
                .whereLayer("service")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("credentials")
                .mayOnlyBeAccessedByLayers("service")
                .whereLayer("openid")
                .mayOnlyBeAccessedByLayers("service")
                .whereLayer("developer")
                .mayOnlyBeAccessedByLayers("service")
                .whereLayer("roles")
                .mayOnlyBeAccessedByLayers("service")
                .whereLayer("tags")
                .mayOnlyBeAccessedByLayers("service")
                .whereLayer("identities")
                .mayOnlyBeAccessedByLayers("service", "credentials", "openid", "developer")
                .whereLayer("principaltags")
                .mayOnlyBeAccessedByLayers("service", "credentials", "openid")
                .whereLayer("pools")
                .mayOnlyBeAccessedByLayers(
                        "service", "credentials", "openid", "developer", "identities", "principaltags", "roles", "tags")
                .because("credentials, openid and developer build on identities; identities, roles, tags and"
                        + " principal tags on pools; every family on common")
                .check(MAIN);
    }
}
