package org.igrexplorer.ui.teaching;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The help overlay (F1 or ?): a popup over the window listing every shortcut from
 * {@link Shortcuts#all()}. Esc or F1 again closes it. FX thread only.
 */
public final class HelpOverlay {

    private final Popup popup = new Popup();
    private final VBox content = new VBox(10);

    public HelpOverlay() {
        content.setId("help-overlay");
        content.getStyleClass().add("help-overlay");
        content.setPadding(new Insets(18));
        content.setStyle("-fx-background-color: rgba(20,20,20,0.92); -fx-background-radius: 8;");
        Label title = new Label("Keyboard shortcuts");
        title.setStyle("-fx-text-fill: white; -fx-font-size: 1.4em; -fx-font-weight: bold;");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Shortcuts.Entry e : Shortcuts.all()) {
            Label k = new Label(e.keys());
            k.setStyle("-fx-text-fill: #ffd866; -fx-font-family: monospace; -fx-font-weight: bold;");
            Label a = new Label(e.action());
            a.setStyle("-fx-text-fill: white;");
            grid.addRow(row++, k, a);
        }
        content.getChildren().addAll(title, grid);
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /** @return whether the overlay is showing */
    public boolean isShowing() {
        return popup.isShowing();
    }

    /** @return the overlay's content (for tests and styling) */
    public VBox content() {
        return content;
    }

    /** Shows the overlay centred on {@code owner}, or hides it if it is showing. */
    public void toggle(Window owner) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        popup.show(owner);
        popup.setX(owner.getX() + (owner.getWidth() - content.getWidth()) / 2);
        popup.setY(owner.getY() + (owner.getHeight() - content.getHeight()) / 2);
    }

    /** Hides the overlay. */
    public void hide() {
        popup.hide();
    }
}
