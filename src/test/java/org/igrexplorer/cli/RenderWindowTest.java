package org.igrexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.ui.Fx3dSupport;
import org.igrexplorer.ui.IgrApplication;
import org.igrexplorer.ui.plot.WindowLook;
import org.igrexplorer.ui.teaching.TeachingTab;
import org.igrexplorer.ui.window.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --view window} with {@code --tab}, {@code --theme} and {@code --presentation}: the window it
 * builds is the application's (menus, three tabs) on the tab, theme and presentation look asked for, and the PNG
 * shows it (a dark render is darker than a light one of the same run).
 */
@Tag("fx-3d")
class RenderWindowTest {

    /** A dark window's mean luminance lies at least this far below the light one's (0..1). */
    private static final double DARKER_BY = 0.25;
    /** Presentation type is at least this many times the normal size (issue 18: 1.6× for an audience). */
    private static final double PRESENTATION_SCALE = 1.6;
    /** Rounding of font sizes, pixels. */
    private static final double FONT_TOL = 1e-9;

    @TempDir
    Path dir;

    @Test
    void buildsTheWindowOnTheTabThemeAndLookAskedFor() throws Exception {
        Fx3dSupport.startToolkit();
        Fx3dSupport.require3d();
        double[] fontSizes = new double[2];
        Fx3dSupport.onFx(() -> {
            IgrApplication.OpenWindow normal = RenderCommand.buildWindow(RunParameters.DEFAULT,
                    RenderCommand.WindowTab.EXPLORER, Theme.LIGHT, false, 0, 1280, 720);
            assertEquals(0, normal.window().tabs().getSelectionModel().getSelectedIndex());
            assertEquals(3, normal.window().tabs().getTabs().size(), "explorer, MLP lab and teaching tabs");
            Node bar = normal.window().lookup("#main-menu-bar");
            assertTrue(bar != null && bar.isVisible(), "the menu bar shows outside presentation mode");
            assertEquals(Theme.LIGHT, Theme.of(normal.window()));
            fontSizes[0] = fontOf(normal);

            IgrApplication.OpenWindow shown = RenderCommand.buildWindow(RunParameters.DEFAULT,
                    RenderCommand.WindowTab.TEACHING, Theme.DARK, true, 0.5, 1280, 720);
            assertEquals(TeachingTab.TAB_ID, shown.window().tabs().getSelectionModel().getSelectedItem().getId());
            assertEquals(Theme.DARK, Theme.of(shown.window()));
            assertTrue(shown.window().getStyleClass().contains(WindowLook.PRESENTATION_CLASS));
            assertFalse(shown.window().lookup("#main-menu-bar").isVisible(), "presentation hides the menus");
            assertEquals(0.5, shown.teaching().viewModel().betaProperty().get(), 0);
            fontSizes[1] = fontOf(shown);

            IgrApplication.OpenWindow lab = RenderCommand.buildWindow(RunParameters.DEFAULT,
                    RenderCommand.WindowTab.MLP, Theme.LIGHT, false, 0, 1280, 720);
            assertEquals(IgrApplication.MLP_TAB_ID, lab.window().tabs().getSelectionModel().getSelectedItem().getId());
            return null;
        });
        assertTrue(fontSizes[1] >= PRESENTATION_SCALE * fontSizes[0] - FONT_TOL,
                "presentation type " + fontSizes[1] + " vs " + fontSizes[0]);
    }

    @Test
    void writesTheDarkThemeDarkerThanTheLight() throws Exception {
        Fx3dSupport.startToolkit();
        Fx3dSupport.require3d();
        Path light = dir.resolve("light.png");
        Path dark = dir.resolve("dark.png");
        for (Path out : new Path[] {light, dark}) {
            CliRun r = CliRun.of("render", "--view", "window", "--tab", "teaching", "--theme",
                    out == dark ? "dark" : "light", "--width", "960", "--height", "600", "--out", out.toString());
            assertEquals(0, r.code(), r.err() + r.out());
            assertTrue(r.out().contains("(960×600)"), r.out());
        }
        double l = meanLuminance(ImageIO.read(Files.newInputStream(light)));
        double d = meanLuminance(ImageIO.read(Files.newInputStream(dark)));
        assertTrue(d < l - DARKER_BY, "dark " + d + " vs light " + l);
    }

    @Test
    void refusesWindowOptionsOnOtherViewsAndAnUnknownTab() {
        CliRun other = CliRun.of("render", "--view", "plane", "--presentation", "--out", dir.resolve("p.png").toString());
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("--view window only"), other.err());
        CliRun tab = CliRun.of("render", "--view", "window", "--tab", "lab", "--out", dir.resolve("w.png").toString());
        assertEquals(2, tab.code(), tab.err());
        assertTrue(tab.err().contains("explorer") && tab.err().contains("teaching") && tab.err().contains("mlp"),
                tab.err());
        CliRun theme = CliRun.of("render", "--view", "window", "--theme", "blue", "--out", dir.resolve("w.png").toString());
        assertEquals(2, theme.code(), theme.err());
        assertTrue(theme.err().contains("expected light or dark"), theme.err());
    }

    /** @return the font size of the window's first labelled control, after CSS */
    private static double fontOf(IgrApplication.OpenWindow w) {
        w.window().applyCss();
        Labeled l = (Labeled) w.window().lookup(".tab-label");
        Font f = l.getFont();
        return f.getSize();
    }

    private static double meanLuminance(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255.0;
            }
        }
        return sum / ((double) img.getWidth() * img.getHeight());
    }
}
