package org.igrexplorer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.igrexplorer.core.session.SessionCodec;
import org.junit.jupiter.api.Test;

/**
 * The numerical core (including sessions, presets and data export) stays free of UI libraries.
 * Only the compiled main classes are imported (not the whole class path), which keeps this fast.
 */
class CoreLayeringTest {

    @Test
    void coreDoesNotUseUiLibraries() throws URISyntaxException {
        Path mainClasses = Path.of(SessionCodec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPath(mainClasses);
        assertTrue(classes.contain(SessionCodec.class), "imported the main classes from " + mainClasses);
        noClasses().that().resideInAPackage("org.igrexplorer.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxyz3d..", "org.joml..",
                        "org.igrexplorer.ui..", "org.igrexplorer.cli..", "java.awt..", "javax.swing..", "org.jfree..")
                .check(classes);
    }
}
