package io.github.camelbitbucket.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering the design promises, checked on the compiled main classes: the Camel-facing classes in the root
 * package wire; below them, {@code client} (HTTP, auth header, paging, errors, retry) imports nothing of the
 * component, and {@code trigger}, {@code webhook}, {@code auth}, {@code request}, {@code config}, {@code health} and
 * {@code connection} never import the root package; no two packages depend on each other.
 */
@AnalyzeClasses(packages = "io.github.camelbitbucket", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String ROOT = "io.github.camelbitbucket";

    @ArchTest
    static final ArchRule clientImportsNothingAboveIt = noClasses().that().resideInAPackage(ROOT + ".client..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".auth..", ROOT + ".request..",
                    ROOT + ".trigger..", ROOT + ".webhook..", ROOT + ".config..", ROOT + ".health..",
                    ROOT + ".connection..", ROOT + ".fleet..")
            .because("the client is the bottom layer: auth header, paging, errors and retry only");

    @ArchTest
    static final ArchRule lowerPackagesDoNotImportTheCamelFacingRoot = noClasses().that()
            .resideInAnyPackage(ROOT + ".trigger..", ROOT + ".webhook..", ROOT + ".auth..", ROOT + ".request..",
                    ROOT + ".config..", ROOT + ".health..", ROOT + ".connection..", ROOT + ".fleet..")
            .should().dependOnClassesThat().resideInAPackage(ROOT)
            .because("the root's Camel classes wire the packages below; they are never called back");

    /** Each package one slice, the root included: no cycle between any two of them. */
    @ArchTest
    static final ArchRule noPackageCycle = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.equals(ROOT) || pkg.startsWith(ROOT + ".") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the component's packages";
        }
    }).should().beFreeOfCycles();
}
