package org.igrexplorer.ui.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Geometry and concurrency helpers are built off the FX thread, so they must not use JavaFX scene
 * types (they may be benchmarked and tested with no toolkit).
 */
class RenderLayerRulesTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.igrexplorer.ui");

    @Test
    void offThreadGeometryDoesNotTouchJavaFx() {
        noClasses().that().resideInAnyPackage("org.igrexplorer.ui.render..", "org.igrexplorer.ui.plane..",
                        "org.igrexplorer.ui.concurrent..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxyz3d..")
                .check(UI);
    }
}
