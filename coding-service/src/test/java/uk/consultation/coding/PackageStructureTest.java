package uk.consultation.coding;

import org.junit.jupiter.api.Test;

import uk.consultation.testsupport.PackageStructure;

class PackageStructureTest {

    @Test
    void featurePackagesHaveNoCycles() {
        PackageStructure.assertNoCycles("uk.consultation.coding");
    }
}
