package com.boxoffice.kiosk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static JavaClasses kiosk;

    @BeforeAll
    static void importKiosk() {
        kiosk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.boxoffice.kiosk");
    }

    @Test
    void kioskTalksToNodesOnlyOverTheirPublicApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.boxoffice.node..")
                .because("a kiosk is a client of the nodes' HTTP API, never a cluster member")
                .check(kiosk);
    }

    @Test
    void viewModelsKnowNothingOfTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(kiosk);
    }

    @Test
    void theCustomerFlowKnowsNothingOfTheSceneGraph() {
        noClasses().that().resideInAnyPackage("com.boxoffice.kiosk.flow..",
                        "com.boxoffice.kiosk.api..", "com.boxoffice.kiosk.config..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(kiosk);
    }
}
