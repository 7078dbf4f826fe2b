package dev.kizuna.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import dev.kizuna.cli.KizunaCommand;
import dev.kizuna.io.dataset.DatasetReader;
import dev.kizuna.network.SupplyNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine core is framework-free and every adapter depends on it, never the reverse. Modules are
 * identified by the jar or classes directory they are loaded from, so new packages are covered
 * without touching this test.
 */
class ModuleDirectionTest {
    private static JavaClasses engine;
    private static JavaClasses io;
    private static JavaClasses all;

    @BeforeAll
    static void importModules() throws URISyntaxException {
        engine = importFrom(SupplyNetwork.class);
        io = importFrom(DatasetReader.class);
        all = new ClassFileImporter().importPackages("dev.kizuna");
    }

    private static JavaClasses importFrom(Class<?> anchor) throws URISyntaxException {
        var location = anchor.getProtectionDomain().getCodeSource().getLocation().toURI();
        return new ClassFileImporter().importLocations(Set.of(Location.of(location)));
    }

    @Test
    void engineUsesOnlyTheJdk() {
        ArchRule rule = classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.kizuna..")
                .because("the engine core is framework-free: no library, no native code");
        rule.check(engine);
    }

    @Test
    void engineDoesNotKnowItsAdapters() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.kizuna.io..", "dev.kizuna.cli..", "dev.kizuna.stress..",
                        "dev.kizuna.synthetic..", "dev.kizuna.server..", "dev.kizuna.spark..", "dev.kizuna.bench..")
                .because("adapters depend on the engine, never the reverse")
                .check(engine);
    }

    @Test
    void fileFormatsDoNotKnowTheCommandLineOrSolvers() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.kizuna.cli..", "dev.kizuna.stress..", "dev.kizuna.synthetic..", "picocli..",
                        "com.google.ortools..")
                .check(io);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("dev.kizuna.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("picocli..").check(all);
    }

    @Test
    void domainModelStandsAlone() {
        classes().that().resideInAPackage("dev.kizuna.supply.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.kizuna.supply.model..")
                .because("the domain model is the vocabulary every other part speaks")
                .check(engine);
    }

    @Test
    void analysesRunOnTheCompiledNetworkNotOnTheDataset() {
        noClasses().that().resideInAnyPackage("dev.kizuna.content..", "dev.kizuna.exposure..",
                        "dev.kizuna.disruption..", "dev.kizuna.risk..", "dev.kizuna.scenario..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.kizuna.supply.model.Dataset")
                .because("analyses use the compiled network's arrays, kept apart from the domain model")
                .check(engine);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.kizuna.(*)..").should().beFreeOfCycles().check(all);
    }

    @Test
    void findMethodsReturnOptionals() {
        methods().that().haveNameMatching("find[A-Z].*").and().arePublic()
                .should().haveRawReturnType(Optional.class).orShould().haveRawReturnType(OptionalInt.class)
                .orShould().haveRawReturnType(OptionalDouble.class).orShould().haveRawReturnType(OptionalLong.class)
                .because("by convention get... throws when absent and find... returns an Optional")
                .check(all);
    }

    @Test
    void commandLineEntryPointIsTheOnlyMain() {
        methods().that().haveName("main").and().areStatic().and().arePublic()
                .should().beDeclaredIn(KizunaCommand.class).orShould().beDeclaredInClassesThat()
                .resideInAnyPackage("dev.kizuna.synthetic..", "dev.kizuna.bench..")
                .check(all);
    }
}
