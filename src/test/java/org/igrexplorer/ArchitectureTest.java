package org.igrexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers apart: the numerical core knows nothing of the UI or the command line. */
@AnalyzeClasses(packages = "org.igrexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotUseGui = noClasses().that().resideInAPackage("org.igrexplorer.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxyz3d..", "org.joml..",
                    "java.awt..", "javax.swing..", "org.igrexplorer.ui..", "org.igrexplorer.cli..");

    /**
     * The command line is headless: only the commands that draw the program's own views use JavaFX or
     * the UI ({@code render} and its animation, which draw the plane, the panels, the 3D view or the
     * window; {@code bench-ui}, which measures the real window; {@code bench-animation}, which times the
     * animation export); every other command, and whatever the commands share, uses neither.
     */
    @ArchTest
    static final ArchRule onlyRenderingCommandsUseJavaFxOrTheUi = noClasses().that()
            .resideInAPackage("org.igrexplorer.cli..")
            .and().haveNameNotMatching("org\\.igrexplorer\\.cli\\.(RenderCommand|RenderAnimation|BenchUiCommand|BenchAnimationCommand|FxStartup)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.igrexplorer.ui..");

    /**
     * Issue 10's seam: only core.loss (where the landscapes live and are built) names a concrete landscape;
     * everything else works on {@code Landscape}.
     */
    @ArchTest
    static final ArchRule onlyLandscapesNameConcreteLandscapes = noClasses().that()
            .resideOutsideOfPackage("org.igrexplorer.core.loss")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.igrexplorer.core.loss.TwoParameterModel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.igrexplorer.core.loss.ExpressionLandscape")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.igrexplorer.core.loss.BuiltinLandscape");

    /**
     * No package cycles anywhere (issue 17), so each package can be read and tested on top of the ones it uses:
     * in the core, core.loss holds every landscape, the data-set loss included, and core.sgd, core.dynamics and
     * the rest build on it, never back; in the UI, the features (teaching, sessions, animation export) add to
     * the shared {@code ui.window} and only the application package puts them together.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.igrexplorer.(**)").should()
            .beFreeOfCycles();
}
