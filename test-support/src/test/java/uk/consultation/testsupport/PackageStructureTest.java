package uk.consultation.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;

class PackageStructureTest {

    private static final String FIXTURES = "uk.consultation.testsupport.structure";

    @Test
    void findsTwoPackagesThatUseEachOther() {
        assertThatThrownBy(() -> PackageStructure.noCycles(FIXTURES)
                .check(new ClassFileImporter().importPackages(FIXTURES)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected").hasMessageContaining("Slice first").hasMessageContaining("Slice second");
    }

    @Test
    void passesPackagesThatUseOthersOneWay() {
        assertThatCode(() -> PackageStructure.noCycles(FIXTURES)
                .check(new ClassFileImporter().importPackages(FIXTURES + ".first", FIXTURES + ".third")))
                .doesNotThrowAnyException();
    }
}
