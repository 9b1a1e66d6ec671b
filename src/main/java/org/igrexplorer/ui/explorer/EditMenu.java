package org.igrexplorer.ui.explorer;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;

/**
 * The Edit menu: Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, or Ctrl+Y) of the inputs, each item naming the
 * step it takes, e.g. "Undo h 0.05 → 0.1". Every change between a mouse press and its release in the
 * window (dragging the start handle, a slider) is one step. FX thread only.
 */
public final class EditMenu {

    /** The second key of Redo, as in most Windows programs. */
    public static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Y");

    private final Menu menu = new Menu("_Edit");
    private final MenuItem undo = new MenuItem("Undo");
    private final MenuItem redo = new MenuItem("Redo");
    private final InputHistory history;

    private EditMenu(InputHistory history) {
        this.history = history;
    }

    /**
     * Adds the menu after the first one (File) and makes the gestures in {@code window} single steps.
     *
     * @param bar     the menu bar. Modified.
     * @param history the inputs' history
     * @param window  the window's content: its mouse presses and releases delimit gestures, and its scene
     *                gets Ctrl+Y
     * @return the installed menu
     */
    public static EditMenu install(MenuBar bar, InputHistory history, Node window) {
        EditMenu m = new EditMenu(history);
        m.menu.setId("menu-edit");
        m.undo.setId("menu-undo");
        m.redo.setId("menu-redo");
        m.undo.setMnemonicParsing(false); // the labels quote typed losses
        m.redo.setMnemonicParsing(false);
        m.undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        m.redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        m.undo.disableProperty().bind(history.canUndoProperty().not());
        m.redo.disableProperty().bind(history.canRedoProperty().not());
        m.undo.setOnAction(e -> history.undo());
        m.redo.setOnAction(e -> history.redo());
        // the labels name the step the items take; a gesture in progress can change it, so read it on opening
        m.menu.setOnShowing(e -> m.refresh());
        history.canUndoProperty().addListener((o, was, is) -> m.refresh());
        history.canRedoProperty().addListener((o, was, is) -> m.refresh());
        m.menu.getItems().addAll(m.undo, m.redo);
        bar.getMenus().add(Math.min(1, bar.getMenus().size()), m.menu);
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> history.beginGesture());
        window.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isPrimaryButtonDown() && !e.isSecondaryButtonDown() && !e.isMiddleButtonDown()) {
                history.endGesture();
            }
        });
        if (window.getScene() != null) {
            m.addRedoAlternative(window.getScene());
        }
        window.sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.getAccelerators().remove(REDO_ALTERNATIVE);
            }
            if (is != null) {
                m.addRedoAlternative(is);
            }
        });
        return m;
    }

    private void addRedoAlternative(Scene scene) {
        scene.getAccelerators().put(REDO_ALTERNATIVE, history::redo);
    }

    /** Sets the items' labels to the steps they would take now. */
    public void refresh() {
        undo.setText(history.undoLabel());
        redo.setText(history.redoLabel());
    }

    public Menu menu() {
        return menu;
    }

    public MenuItem undoItem() {
        return undo;
    }

    public MenuItem redoItem() {
        return redo;
    }
}
