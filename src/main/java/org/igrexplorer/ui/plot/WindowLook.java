package org.igrexplorer.ui.plot;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The look a figure on screen follows: the colours of its charts (dark under the dark theme, light in
 * presentation mode and otherwise) and whether the window is presenting (larger type). Both are read off
 * the style classes of the node's ancestors, which the theme ({@link PlotCanvas#DARK_CHARTS}) and
 * presentation mode ({@link #PRESENTATION_CLASS}, {@link PlotCanvas#LIGHT_CHARTS}) put on the window's root.
 * FX thread only.
 *
 * @param colors     the chart colours to draw with
 * @param presenting whether presentation mode is on
 */
public record WindowLook(ChartColors colors, boolean presenting) {

    /** Style class of the window's root while presentation mode is on. */
    public static final String PRESENTATION_CLASS = "presentation";

    /** @return the look of {@code node} where it is now in the scene graph */
    public static WindowLook of(Node node) {
        boolean dark = false;
        boolean light = false;
        boolean presenting = false;
        for (Parent n = node instanceof Parent p ? p : node.getParent(); n != null; n = n.getParent()) {
            light |= n.getStyleClass().contains(PlotCanvas.LIGHT_CHARTS);
            dark |= n.getStyleClass().contains(PlotCanvas.DARK_CHARTS);
            presenting |= n.getStyleClass().contains(PRESENTATION_CLASS);
        }
        return new WindowLook(dark && !light ? ChartColors.DARK : ChartColors.LIGHT, presenting);
    }

    /**
     * Calls {@code apply} with the look of {@code node} now and whenever it changes: when the style classes
     * of its scene's root change (theme, presentation mode) or it moves to another scene.
     */
    public static void follow(Node node, Consumer<WindowLook> apply) {
        WindowLook[] last = {null};
        Runnable check = () -> {
            WindowLook now = of(node);
            if (!now.equals(last[0])) {
                last[0] = now;
                apply.accept(now);
            }
        };
        ListChangeListener<String> rootClasses = c -> check.run();
        ChangeListener<Scene> scene = (o, was, is) -> {
            if (was != null && was.getRoot() != null) {
                was.getRoot().getStyleClass().removeListener(rootClasses);
            }
            if (is != null && is.getRoot() != null) {
                is.getRoot().getStyleClass().addListener(rootClasses);
            }
            check.run();
        };
        node.sceneProperty().addListener(scene);
        scene.changed(node.sceneProperty(), null, node.getScene());
    }
}
