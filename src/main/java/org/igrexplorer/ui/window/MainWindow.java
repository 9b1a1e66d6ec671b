package org.igrexplorer.ui.window;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.igrexplorer.core.session.Panel;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.explorer.ExplorerViewModel;

/**
 * The main window's content: a tab pane whose first tab is the explorer (3D surface, 2D plane,
 * controls). Other features add their own tabs with {@link #addTab(String, Node)}.
 */
public final class MainWindow extends BorderPane {

    /** The stylesheet of the application. */
    /** Node id of the explorer's tab. */
    public static final String EXPLORER_TAB_ID = "explorer-tab";
    public static final String STYLESHEET = MainWindow.class.getResource("/org/igrexplorer/ui/igr-explorer.css").toExternalForm();

    private final TabPane tabs = new TabPane();
    private final ExplorerView explorer;
    private final Map<Panel, PanelHandle> panels = new EnumMap<>(Panel.class);

    private record PanelHandle(Runnable show, BooleanSupplier shown) {
    }

    public MainWindow(ExplorerViewModel vm) {
        explorer = new ExplorerView(vm);
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addTab("Two-parameter explorer", explorer).setId(EXPLORER_TAB_ID);
        setCenter(tabs);
        getStylesheets().add(STYLESHEET);
    }

    /**
     * Adds a tab after the existing ones (e.g. an MLP lab or a teaching panel).
     *
     * @return the new tab
     */
    public Tab addTab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        tabs.getTabs().add(t);
        return t;
    }

    /**
     * Registers how to show one of the optional panels a session remembers (e.g. the Figure 1b sweep
     * in the teaching tab) and how to tell whether it is showing.
     */
    public void registerPanel(Panel panel, Runnable show, BooleanSupplier shown) {
        panels.put(panel, new PanelHandle(show, shown));
    }

    /** @return the panels this window can show */
    public Set<Panel> registeredPanels() {
        return panels.isEmpty() ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(panels.keySet());
    }

    /** @return the registered panels that are showing now */
    public Set<Panel> shownPanels() {
        Set<Panel> out = EnumSet.noneOf(Panel.class);
        panels.forEach((p, h) -> {
            if (h.shown().getAsBoolean()) {
                out.add(p);
            }
        });
        return out;
    }

    /**
     * Shows the registered panels in {@code open} (e.g. from a loaded session); when it names none of
     * them the explorer tab comes to the front, since that is what the session's parameters are about.
     */
    public void showPanels(Set<Panel> open) {
        boolean any = false;
        for (Panel p : open) {
            PanelHandle h = panels.get(p);
            if (h != null) {
                h.show().run();
                any = true;
            }
        }
        if (!any && !tabs.getTabs().isEmpty()) {
            tabs.getSelectionModel().select(0);
        }
    }

    public TabPane tabs() {
        return tabs;
    }

    public ExplorerView explorer() {
        return explorer;
    }
}
