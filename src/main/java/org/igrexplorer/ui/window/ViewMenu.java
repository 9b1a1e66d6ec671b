package org.igrexplorer.ui.window;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The View menu: the colour theme (light or dark, {@link Theme}) and items other features add
 * (presentation mode, keyboard shortcuts). The theme applies to the whole window through the root's
 * stylesheets. FX thread only.
 */
public final class ViewMenu {

    /** The menu's id in the menu bar. */
    public static final String ID = "view-menu";

    private final Menu menu = new Menu("_View");
    private final Parent root;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    private ViewMenu(Parent root) {
        this.root = root;
        menu.setId(ID);
        theme.set(Theme.of(root));
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem("_" + t.label() + " theme");
            item.setId("theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(t == theme.get());
            item.setOnAction(e -> theme.set(t));
            menu.getItems().add(item);
        }
        theme.addListener((o, was, is) -> {
            Theme.apply(root, is);
            group.getToggles().forEach(tg -> {
                RadioMenuItem r = (RadioMenuItem) tg;
                r.setSelected(r.getId().equals("theme-" + is.name().toLowerCase(Locale.ROOT)));
            });
        });
    }

    /**
     * Adds the View menu to {@code bar} (after the existing menus) for the window whose root is {@code root}.
     *
     * @param bar  the window's menu bar. Modified.
     * @param root the window's root (its stylesheets carry the theme). Modified when the theme changes.
     * @return the installed menu
     */
    public static ViewMenu install(MenuBar bar, Parent root) {
        ViewMenu v = new ViewMenu(root);
        bar.getMenus().add(v.menu);
        return v;
    }

    /** @return the window's theme; setting it restyles the window */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /**
     * Adds an action after a separator, e.g. "_Presentation mode" with accelerator "F5".
     *
     * @param text        item text, with an underscore before the mnemonic letter
     * @param id          node id of the item
     * @param accelerator key combination text (as {@link KeyCombination#keyCombination}), or {@code null}
     * @param action      what the item does
     * @return the item
     */
    public MenuItem addAction(String text, String id, String accelerator, Runnable action) {
        if (menu.getItems().stream().noneMatch(i -> i instanceof SeparatorMenuItem)) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        menu.getItems().add(item);
        return item;
    }

    /** @return the menu */
    public Menu menu() {
        return menu;
    }
}
