package org.igrexplorer.ui.teaching;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The help overlay (F1 or ?): a popup over the window listing the teaching keys of
 * {@link Shortcuts#all()}, every accelerator of the window's menus (read from the menu bar when it
 * opens, so it lists exactly what the menus do) and the mouse gestures of {@link Shortcuts#mouse()}.
 * Esc or F1 again closes it (and only it: Esc does not also leave presentation mode). FX thread only.
 */
public final class HelpOverlay {

    /** Font size of the overlay normally and in presentation mode, in px. */
    static final double FONT_PX = 13;
    static final double PRESENTATION_FONT_PX = 22;

    private final Popup popup = new Popup();
    private final VBox content = new VBox(10);

    public HelpOverlay() {
        content.setId("help-overlay");
        content.getStyleClass().add("help-overlay");
        content.setPadding(new Insets(18));
        popup.getContent().add(content);
        popup.setAutoHide(true);
        // Esc is handled by TeachingMode, so that it closes the overlay and nothing else
        popup.setHideOnEscape(false);
        fill(null, false);
    }

    /** @return whether the overlay is showing */
    public boolean isShowing() {
        return popup.isShowing();
    }

    /** @return the overlay's content (for tests and styling) */
    public VBox content() {
        return content;
    }

    /**
     * Shows the overlay centred on {@code owner}, or hides it if it is showing.
     *
     * @param presenting whether presentation mode is on (larger type)
     */
    public void toggle(Window owner, boolean presenting) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        Node bar = owner.getScene() == null ? null : owner.getScene().lookup("#main-menu-bar");
        fill(bar instanceof MenuBar m ? m : null, presenting);
        popup.show(owner);
        popup.setX(owner.getX() + (owner.getWidth() - content.getWidth()) / 2);
        popup.setY(owner.getY() + Math.max(0, (owner.getHeight() - content.getHeight()) / 2));
    }

    /** Shows the overlay centred on {@code owner}, or hides it if it is showing. */
    public void toggle(Window owner) {
        toggle(owner, false);
    }

    /** Hides the overlay. */
    public void hide() {
        popup.hide();
    }

    /** One line per menu item with an accelerator, e.g. "Ctrl+S" / "File → Save session". */
    static List<Shortcuts.Entry> menuShortcuts(MenuBar bar) {
        List<Shortcuts.Entry> out = new ArrayList<>();
        if (bar != null) {
            for (Menu m : bar.getMenus()) {
                collect(m, clean(m.getText()), out);
            }
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcuts.Entry> out) {
        for (MenuItem i : menu.getItems()) {
            String name = path + " → " + clean(i.getText());
            if (i instanceof Menu sub) {
                collect(sub, name, out);
            } else if (i.getAccelerator() != null) {
                out.add(new Shortcuts.Entry(i.getAccelerator().getDisplayText(), name));
            }
        }
    }

    private static String clean(String menuText) {
        return menuText == null ? "" : menuText.replace("_", "").replace("…", "");
    }

    private void fill(MenuBar bar, boolean presenting) {
        double px = presenting ? PRESENTATION_FONT_PX : FONT_PX;
        content.setStyle("-fx-background-color: rgba(20,20,20,0.94); -fx-background-radius: 8; -fx-font-size: " + px
                + "px;");
        Label title = new Label("Keyboard shortcuts and mouse gestures");
        title.setStyle("-fx-text-fill: white; -fx-font-size: 1.3em; -fx-font-weight: bold;");
        VBox keys = section("Teaching and playback", Shortcuts.all());
        List<Shortcuts.Entry> menus = menuShortcuts(bar);
        VBox mouse = section("Mouse", Shortcuts.mouse());
        HBox columns = new HBox(28, menus.isEmpty() ? new VBox(14, keys, mouse)
                : new VBox(14, keys, mouse), section("Menus", menus));
        if (menus.isEmpty()) {
            columns.getChildren().remove(1);
        }
        content.getChildren().setAll(title, columns);
    }

    private static VBox section(String heading, List<Shortcuts.Entry> entries) {
        Label h = new Label(heading);
        h.setStyle("-fx-text-fill: #9cc3ff; -fx-font-weight: bold;");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (Shortcuts.Entry e : entries) {
            Label k = new Label(e.keys());
            k.setStyle("-fx-text-fill: #ffd866; -fx-font-family: monospace; -fx-font-weight: bold;");
            k.setMinWidth(Label.USE_PREF_SIZE);
            Label a = new Label(e.action());
            a.setStyle("-fx-text-fill: white;");
            a.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(row++, k, a);
        }
        return new VBox(4, h, grid);
    }
}
