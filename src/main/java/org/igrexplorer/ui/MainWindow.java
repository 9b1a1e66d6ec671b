package org.igrexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.explorer.ExplorerViewModel;

/**
 * The main window's content: a tab pane whose first tab is the explorer (3D surface, 2D plane,
 * controls). Other features add their own tabs with {@link #addTab(String, Node)}.
 */
public final class MainWindow extends BorderPane {

    /** The stylesheet of the application. */
    public static final String STYLESHEET = MainWindow.class.getResource("igr-explorer.css").toExternalForm();

    private final TabPane tabs = new TabPane();
    private final ExplorerView explorer;

    public MainWindow(ExplorerViewModel vm) {
        explorer = new ExplorerView(vm);
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addTab("Two-parameter explorer", explorer);
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

    public TabPane tabs() {
        return tabs;
    }

    public ExplorerView explorer() {
        return explorer;
    }
}
