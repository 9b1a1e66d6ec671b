package org.igrexplorer.ui.network;

import static org.igrexplorer.ui.Fx3dSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.igrexplorer.ui.Fx3dSupport;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.plot.PlotCanvas;
import org.igrexplorer.ui.plot.WindowLook;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.window.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The network landscape's 3D view as an audience sees it (GTK + ES2 under Xvfb): on the dark theme's card with
 * light axis labels, its labels 1.7× larger in presentation mode, and its caption never under the Reset button.
 */
@Tag("fx-3d")
class NetworkLandscapeSurface3DTest {

    /** Relative luminance at most this is dark, at least {@link #LIGHT} light. */
    private static final double DARK = 0.25;
    private static final double LIGHT = 0.6;

    @BeforeAll
    static void startToolkit() throws Exception {
        Fx3dSupport.startToolkit();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** A window root (the application's stylesheet) holding the view, in the theme and look asked for. */
    private static NetworkLandscapeViews.Surface view(StackPane root, double w, double h) {
        NetworkLandscapeViews.Surface s = new NetworkLandscapeViews.Surface();
        root.getStylesheets().add(MainWindow.STYLESHEET);
        root.getChildren().add(s);
        new Scene(root, w, h);
        s.show(NetworkLandscapeScene.of(NetworkLandscapes.bowl()));
        root.applyCss();
        root.layout();
        return s;
    }

    private static double tickFont(NetworkLandscapeViews.Surface s) {
        return s.axisLabels().stream().filter(l -> !l.getStyle().contains("bold")).mapToDouble(l -> l.getFont().getSize())
                .max().orElseThrow();
    }

    @Test
    void onTheDarkThemeTheViewIsDarkWithLightLabels() throws Exception {
        Fx3dSupport.require3d();
        Object[] r = onFx(() -> {
            StackPane root = new StackPane();
            NetworkLandscapeViews.Surface s = view(root, 900, 700);
            Theme.apply(root, Theme.DARK);
            root.applyCss();
            root.layout();
            Color bg = (Color) s.getBackground().getFills().get(0).getFill();
            double darkest = s.axisLabels().stream().mapToDouble(l -> luminance((Color) l.getTextFill())).min()
                    .orElseThrow();
            int corner = s.snapshot(null, null).getPixelReader().getArgb(4, s.getHeight() > 300 ? 300 : 4);
            return new Object[] {bg, darkest, corner};
        });
        assertTrue(luminance((Color) r[0]) <= DARK, "the dark card behind the surface: " + r[0]);
        assertTrue((double) r[1] >= LIGHT, "light axis labels on it: " + r[1]);
        int c = (int) r[2];
        assertTrue(luminance(Color.rgb(c >> 16 & 255, c >> 8 & 255, c & 255)) <= DARK, "drawn dark on screen");
    }

    @Test
    void inPresentationTheLabelsGrowAndTheCaptionWrapsBeforeTheResetButton() throws Exception {
        Fx3dSupport.require3d();
        double[] normal = onFx(() -> new double[] {tickFont(view(new StackPane(), 640, 600))});
        Object[] r = onFx(() -> {
            StackPane root = new StackPane();
            root.getStyleClass().addAll(WindowLook.PRESENTATION_CLASS, PlotCanvas.LIGHT_CHARTS);
            root.setStyle("-fx-font-size: 21px"); // presentation's larger type
            NetworkLandscapeViews.Surface s = view(root, 640, 600);
            Node caption = s.lookup("#mlp-landscape-3d-key");
            Node reset = s.lookup("#mlp-landscape-3d-reset");
            Bounds c = caption.localToScene(caption.getBoundsInLocal());
            Bounds b = reset.localToScene(reset.getBoundsInLocal());
            Label l = (Label) caption;
            Button button = (Button) reset;
            return new Object[] {tickFont(s), c, b, l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5,
                button.getWidth() >= button.prefWidth(-1) - 0.5};
        });
        double presented = (double) r[0];
        assertTrue(presented >= ExplorerView.PRESENTATION_FIGURE_SCALE * normal[0] - 1e-3, // font sizes are floats
                "axis labels " + normal[0] + " → " + presented);
        Bounds c = (Bounds) r[1];
        Bounds b = (Bounds) r[2];
        assertFalse(c.intersects(b), "the caption " + c + " runs under the Reset button " + b);
        assertTrue((boolean) r[3], "the caption shows all its lines");
        assertTrue((boolean) r[4], "the button shows its whole text, not '…'");
    }
}
