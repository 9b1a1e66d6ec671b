package org.igrexplorer.ui.explorer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.Landscapes;

/**
 * The Landscape menu: one item per built-in (its name and formula; the explanation shows under the
 * controls once chosen) and "Type a loss…", which focuses the typed-loss field. The checked item
 * follows the current landscape (none for a typed loss). FX thread only.
 */
public final class LandscapeMenu {

    private LandscapeMenu() {
    }

    /**
     * @param bar      the menu bar. Modified.
     * @param vm       the explorer's view-model
     * @param explorer the explorer view (its loss field)
     * @return the menu
     */
    public static Menu install(MenuBar bar, ExplorerViewModel vm, ExplorerView explorer) {
        Menu menu = new Menu("_Landscape");
        menu.setId("menu-landscape");
        ToggleGroup group = new ToggleGroup();
        for (Landscape l : Landscapes.builtins()) {
            RadioMenuItem item = new RadioMenuItem(l.displayName() + ":  E = " + l.formulaText());
            item.setId("landscape-" + l.spec().name());
            item.setToggleGroup(group);
            item.setUserData(l.spec().name());
            item.setOnAction(e -> {
                if (!l.spec().name().equals(vm.parametersProperty().get().model().name())) {
                    vm.setLandscape(l.spec());
                }
            });
            menu.getItems().add(item);
        }
        MenuItem typed = new MenuItem("_Type a loss…");
        typed.setId("landscape-typed");
        typed.setOnAction(e -> explorer.focusLossField());
        menu.getItems().addAll(new SeparatorMenuItem(), typed);
        Runnable sync = () -> {
            String name = vm.parametersProperty().get().model().name();
            group.getToggles().forEach(t -> t.setSelected(name.equals(t.getUserData())));
        };
        vm.parametersProperty().addListener((o, was, is) -> sync.run());
        sync.run();
        int at = Math.min(1, bar.getMenus().size());
        bar.getMenus().add(at, menu);
        return menu;
    }
}
