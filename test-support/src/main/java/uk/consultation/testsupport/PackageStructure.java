package uk.consultation.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** How a service's packages may depend on each other, checked on its compiled production classes. */
public final class PackageStructure {

    private PackageStructure() {
    }

    /**
     * Fails, naming each cycle, if the feature packages directly under the service's root package depend on each other
     * in a circle: each feature must be understandable, and testable, from the ones it uses alone.
     */
    public static void assertNoCycles(String rootPackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        noCycles(rootPackage).check(classes);
    }

    static ArchRule noCycles(String rootPackage) {
        return SlicesRuleDefinition.slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }
}
