package org.acervo;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rules of docs/ARCHITECTURE.md, checked on the compiled classes: each feature package
 * uses only the packages below it, and no two packages depend on each other in a cycle.
 */
class PackageRulesTest {

    /** What each package may use besides itself and libraries; {@code app} (the root of the CLI) may use any. */
    private static final Map<String, String[]> MAY_USE = Map.ofEntries(
            Map.entry("language", new String[] {}),
            Map.entry("cluster", new String[] {"index", "language"}),
            Map.entry("recognition", new String[] {"document", "language"}),
            Map.entry("document", new String[] {"language"}),
            Map.entry("extraction", new String[] {"recognition", "document", "language"}),
            Map.entry("index", new String[] {"recognition", "document", "language"}),
            Map.entry("search", new String[] {"cluster", "index", "recognition", "document", "language"}),
            Map.entry("crossref", new String[] {"cluster", "search", "index", "recognition", "document", "language"}),
            Map.entry(
                    "batch",
                    new String[] {"cluster", "crossref", "search", "index", "recognition", "document", "language"}),
            Map.entry("web", new String[] {"cluster", "search", "index", "document", "language"}),
            Map.entry(
                    "ingest", new String[] {"cluster", "extraction", "index", "recognition", "document", "language"}));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.acervo");
    }

    static Stream<Arguments> packages() {
        return MAY_USE.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void aPackageUsesOnlyThePackagesBelowIt(String name, String[] mayUse) {
        String[] allowed = Stream.concat(Stream.of(name), Arrays.stream(mayUse))
                .map(p -> "org.acervo." + p + "..")
                .toArray(String[]::new);
        classes()
                .that()
                .resideInAPackage("org.acervo." + name + "..")
                .should()
                .onlyDependOnClassesThat(or(resideOutsideOfPackage("org.acervo.."), resideInAnyPackage(allowed)))
                .because("docs/ARCHITECTURE.md: dependencies point one way")
                .check(classes);
    }

    @Test
    void everyPackageHasItsRule() {
        classes()
                .that()
                .resideInAPackage("org.acervo.*..")
                .and()
                .resideOutsideOfPackage("org.acervo.app..")
                .should(new ArchCondition<>("live in a package PackageRulesTest knows") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String top = item.getPackageName()
                                .replaceFirst("^org\\.acervo\\.", "")
                                .replaceFirst("\\..*", "");
                        if (!MAY_USE.containsKey(top)) {
                            events.add(SimpleConditionEvent.violated(
                                    item, item.getName() + " is in a package with no rule"));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("org.acervo.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Recognition's own packages (date, identifier, correspondence, text) point one way too. */
    @Test
    void recognitionSubpackagesDependOnEachOtherInNoCycle() {
        slices().matching("org.acervo.recognition.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /**
     * The recognition package itself ({@code DocumentRecognizer}, {@code Recognition}) uses its
     * subpackages, never the reverse; the mention model they fill is {@code document}'s.
     */
    @Test
    void recognitionSubpackagesNeverUseTheRecognitionPackageAboveThem() {
        noClasses()
                .that()
                .resideInAPackage("org.acervo.recognition.*..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.acervo.recognition"))
                .check(classes);
    }
}
