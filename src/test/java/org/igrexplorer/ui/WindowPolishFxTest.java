package org.igrexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.session.Panel;
import org.igrexplorer.core.session.Presets;
import org.igrexplorer.core.session.SessionState;
import org.igrexplorer.ui.plot.XYChart;
import org.igrexplorer.ui.session.ExplorerSessionBridge;
import org.igrexplorer.ui.teaching.PresentationMode;
import org.igrexplorer.ui.window.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as the application builds it (menus, explorer, teaching tab) on Monocle's headless
 * pipeline: themes, panels opened by a preset, tooltips, accelerators and mnemonics, the plane legend.
 */
@Tag("fx-headless")
class WindowPolishFxTest extends WindowFixture {

    /** Seconds to wait for background work to show up on screen. */
    private static final long WAIT_S = 20;

    @Override
    protected Parts parts() {
        return Parts.explorer().size(1280, 800).withFileMenus().withTeaching();
    }

    private Menu menu(String text) {
        return bar.getMenus().stream().filter(m -> text.equals(m.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu " + text));
    }

    private static MenuItem item(Menu m, String id) {
        return m.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    private Paint controlsBackground() {
        Region controls = lookup(".controls").queryAs(Region.class);
        return controls.getBackground().getFills().get(0).getFill();
    }

    @Test
    void everyChartOnScreenHasTheCopyAndSaveMenuOnRightClick() {
        interact(() -> window.tabs().getSelectionModel().select(1)); // the teaching tab's charts too
        WaitForAsyncUtils.waitForFxEvents();
        var canvases = lookup(n -> n instanceof org.igrexplorer.ui.plot.PlotCanvas).queryAll();
        assertTrue(canvases.size() >= 5, "the plane and the teaching charts: " + canvases.size());
        for (Node c : canvases) {
            assertNotNull(c.getOnContextMenuRequested(), "no right-click menu on " + c.getId() + " " + c);
        }
    }

    @Test
    void viewMenuSwitchesToDarkAndBackRestoresTheStylesheets() {
        Menu view = menu("_View");
        List<String> before = List.copyOf(window.getStylesheets());
        Paint lightPanel = controlsBackground();
        assertTrue(((RadioMenuItem) item(view, "theme-light")).isSelected());

        interact(() -> item(view, "theme-dark").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getStylesheets().contains(Theme.DARK.stylesheet()), window.getStylesheets().toString());
        assertNotEquals(lightPanel, controlsBackground(), "the dark theme restyles the explorer's controls");
        assertTrue(((RadioMenuItem) item(view, "theme-dark")).isSelected());
        assertFalse(((RadioMenuItem) item(view, "theme-light")).isSelected());

        interact(() -> item(view, "theme-light").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.getStylesheets());
        assertEquals(lightPanel, controlsBackground());
    }

    @Test
    void presentationOverTheDarkThemeIsLightAndLeavingItKeepsDark() {
        interact(() -> item(menu("_View"), "theme-dark").fire());
        Paint dark = controlsBackground();
        interact(() -> teaching.mode().presentation().enter());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getStylesheets().contains(PresentationMode.STYLESHEET));
        assertEquals(javafx.scene.paint.Color.WHITE, controlsBackground(), "presentation is the high-contrast light theme");
        interact(() -> teaching.mode().presentation().exit());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getStylesheets().contains(Theme.DARK.stylesheet()));
        assertFalse(window.getStylesheets().contains(PresentationMode.STYLESHEET));
        assertEquals(dark, controlsBackground());
    }

    @Test
    void darkThemeDrawsTheChartsDarkExportsStayLightAndPresentationIsLight() {
        org.igrexplorer.ui.plot.PlotCanvas plane = window.explorer().planeView();
        // (3, 3): the chart's card, left of the title and above the plot area
        assertTrue(cardBrightness(plane) > 0.9, "light theme: white card");
        interact(() -> item(menu("_View"), "theme-dark").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cardBrightness(plane) < 0.3, "dark theme: dark card, " + cardBrightness(plane));
        // the same renderer exported is light (figures for papers and slides)
        java.awt.image.BufferedImage png = org.igrexplorer.ui.plot.PngExport.render(plane.getRenderer(), 400, 300, 1.0,
                java.awt.Color.WHITE);
        assertEquals(0xFFFFFF, png.getRGB(3, 3) & 0xFFFFFF, "the export keeps the white card");
        interact(() -> teaching.mode().presentation().enter());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cardBrightness(plane) > 0.9, "presentation is light over the dark theme");
        interact(() -> teaching.mode().presentation().exit());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cardBrightness(plane) < 0.3, "back to dark after presenting");
        interact(() -> item(menu("_View"), "theme-light").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cardBrightness(plane) > 0.9, "light again");
    }

    /** WCAG 2 contrast (AA) that body text needs against its background. */
    private static final double MIN_TEXT_CONTRAST = 4.5;

    /** WCAG 2 relative luminance of an sRGB colour. */
    private static double relativeLuminance(javafx.scene.paint.Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int k = 0; k < 3; k++) {
            v[k] = v[k] <= 0.04045 ? v[k] / 12.92 : Math.pow((v[k] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * Issue 18: where there is no 3D (Monocle here) the 3D pane's message kept an inline #444 text, unreadable on
     * the dark theme's card (contrast 1.5) and fixed at 13 px in presentation mode. It takes the theme's text.
     */
    @Test
    void theNo3dMessageReadsOnItsCardInEveryThemeAndGrowsInPresentation() {
        assertFalse(javafx.application.Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D),
                "Monocle renders no 3D, so the message shows");
        var surface = window.explorer().surfaceView();
        Label msg = lookup("#no-3d-message").queryAs(Label.class);
        double[] size = new double[3];
        String[] themes = {"theme-light", "theme-dark", "presentation"};
        for (int k = 0; k < themes.length; k++) {
            String theme = themes[k];
            if (theme.equals("presentation")) {
                interact(() -> teaching.mode().presentation().enter());
            } else {
                interact(() -> item(menu("_View"), theme).fire());
            }
            WaitForAsyncUtils.waitForFxEvents();
            var text = (javafx.scene.paint.Color) msg.getTextFill();
            var card = (javafx.scene.paint.Color) surface.getBackground().getFills().get(0).getFill();
            double c = contrast(text, card);
            assertTrue(c >= MIN_TEXT_CONTRAST, theme + ": text " + text + " on " + card + ", contrast " + c);
            size[k] = msg.getFont().getSize();
        }
        assertTrue(size[2] >= 1.5 * size[1], "presentation enlarges it: " + size[1] + " → " + size[2]);
    }

    private double cardBrightness(javafx.scene.Node node) {
        double[] b = new double[1];
        interact(() -> b[0] = node.snapshot(null, null).getPixelReader().getColor(3, 3).getBrightness());
        return b[0];
    }

    @Test
    void fig1bPresetShowsTheTeachingTabsSweepPanelAndOtherPresetsTheExplorer() {
        Menu presets = menu("_Presets");
        MenuItem fig1b = presets.getItems().get(Presets.all().indexOf(Presets.FIG1B_SWEEP));
        assertTrue(fig1b.getText().contains("1b"), fig1b.getText());
        Tab explorerTab = window.tabs().getTabs().get(0);
        assertSame(explorerTab, window.tabs().getSelectionModel().getSelectedItem());

        interact(fig1b::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Tab selected = window.tabs().getSelectionModel().getSelectedItem();
        assertEquals("teaching-tab", selected.getId());
        Node panel = lookup("#teaching-fig1b").query();
        assertTrue(panel.isVisible() && panel.getScene() != null && panel.getLayoutBounds().getWidth() > 100,
                "the Figure 1b panel is laid out and showing");
        assertEquals(Presets.FIG1B_SWEEP.state().parameters(), vm.parametersProperty().get());

        MenuItem near = presets.getItems().get(Presets.all().indexOf(Presets.FIG1A_NEAR));
        interact(near::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(explorerTab, window.tabs().getSelectionModel().getSelectedItem());
    }

    @Test
    void captureReportsTheSweepOpenExactlyWhenItShows() {
        ExplorerSessionBridge bridge = new ExplorerSessionBridge(vm, window.explorer(), window);
        AtomicReference<SessionState> withSweep = new AtomicReference<>();
        AtomicReference<SessionState> without = new AtomicReference<>();
        interact(() -> {
            bridge.apply(Presets.FIG1B_SWEEP.state());
            withSweep.set(bridge.capture());
            window.tabs().getSelectionModel().select(0);
            without.set(bridge.capture());
        });
        assertEquals(Set.of(Panel.SWEEP), withSweep.get().openPanels());
        assertTrue(without.get().openPanels().isEmpty(), without.get().openPanels().toString());
    }

    @Test
    void theHelpOverlayListsEveryMenuAccelerator() {
        List<org.igrexplorer.ui.teaching.Shortcuts.Entry> listed = new java.util.ArrayList<>();
        interact(() -> {
            teaching.mode().help().toggle(stage, false);
            Node content = teaching.mode().help().content();
            List<String> texts = content.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
            for (Menu m : bar.getMenus()) {
                for (MenuItem i : allItems(m)) {
                    if (i.getAccelerator() != null) {
                        listed.add(new org.igrexplorer.ui.teaching.Shortcuts.Entry(i.getAccelerator().getDisplayText(),
                                i.getText()));
                        assertTrue(texts.contains(i.getAccelerator().getDisplayText()), i.getText() + "'s keys listed");
                        assertTrue(texts.stream().anyMatch(t -> t.endsWith(i.getText().replace("_", "").replace("…", ""))),
                                i.getText() + " listed");
                    }
                }
            }
            teaching.mode().help().hide();
        });
        List<String> names = listed.stream().map(e -> e.action().replace("_", "")).toList();
        assertTrue(names.containsAll(List.of("Open session…", "Save session", "Save session as…", "Quit",
                "Presentation mode")), names.toString());
    }

    private static List<MenuItem> allItems(Menu m) {
        List<MenuItem> out = new java.util.ArrayList<>();
        for (MenuItem i : m.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) {
                out.addAll(allItems(sub));
            }
        }
        return out;
    }

    @Test
    void everyExplorerControlHasATooltipAndHoveringShowsIt() throws TimeoutException {
        Node box = lookup(".controls").query();
        Set<Node> controls = new java.util.LinkedHashSet<>();
        for (String selector : List.of(".slider", ".text-field", ".check-box", ".choice-box", ".button")) {
            controls.addAll(box.lookupAll(selector));
        }
        assertTrue(controls.size() >= 7 * 2 + 5 + 1 + 2, "sliders, fields, toggles, height mode, resets: " + controls.size());
        for (Node n : controls) {
            Tooltip t = ((Control) n).getTooltip();
            assertNotNull(t, "tooltip on " + n.getId() + " " + n);
            assertTrue(t.getText().length() > 20, n.getId() + ": " + t.getText());
        }
        Tooltip h = lookup("#h-slider").queryAs(Control.class).getTooltip();
        assertTrue(h.getText().contains("learning rate") && h.getText().contains("λ"), h.getText());
        assertTrue(lookup("#controls-reset-3d-view").queryAs(Control.class).getTooltip().getText().contains("camera"));

        moveTo("#h-field");
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> h.isShowing()); // the h tooltip to show on hover
        moveTo("#main-tabs");
    }

    @Test
    void menuAcceleratorsAndMnemonics() throws TimeoutException {
        Menu file = menu("_File");
        Menu export = (Menu) file.getItems().stream().filter(i -> "_Export".equals(i.getText())).findFirst()
                .orElseThrow();
        List<KeyCombination> fileKeys = file.getItems().stream().map(MenuItem::getAccelerator)
                .filter(java.util.Objects::nonNull).toList();
        assertTrue(fileKeys.contains(KeyCombination.keyCombination("Shortcut+O")), fileKeys.toString());
        assertTrue(fileKeys.contains(KeyCombination.keyCombination("Shortcut+S")), fileKeys.toString());
        assertTrue(fileKeys.contains(KeyCombination.keyCombination("Shortcut+Q")), fileKeys.toString());
        assertTrue(export.getItems().stream().anyMatch(
                i -> KeyCombination.keyCombination("Shortcut+E").equals(i.getAccelerator())));

        // the presentation item's F5 accelerator works even with the focus in a text field, whose
        // keys the teaching shortcuts leave alone
        TextField hField = lookup("#h-field").queryAs(TextField.class);
        interact(hField::requestFocus);
        type(KeyCode.F5);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> teaching.mode().presentation().activeProperty().get()); // presentation mode from the View menu's F5
        interact(() -> teaching.mode().presentation().exit());

        // Alt+S (mnemonic of "steps") moves the focus to the steps field
        interact(() -> lookup("#playback-play").query().requestFocus());
        press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> lookup("#steps-field").query().isFocused()); // Alt+S to focus the steps field
    }

    @Test
    void planeLegendListsTheMomentumCurvesAndKeepsThemAcrossUpdates() throws TimeoutException {
        XYChart chart = window.explorer().planeView().planeRenderer().chart();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> teaching.viewModel().curvesProperty().get() != null); // teaching curves
        assertTrue(names(chart).stream().noneMatch(n -> n.equals(Method.MOMENTUM.label())), names(chart).toString());

        interact(() -> teaching.viewModel().betaProperty().set(0.5));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> teaching.viewModel().curvesProperty().get().trajectories().containsKey(Method.MOMENTUM)); // momentum curves
        assertTrue(names(chart).containsAll(List.of(Method.MOMENTUM.label(), Method.MOMENTUM_MODIFIED.label())),
                names(chart).toString());

        // a new explorer computation replaces the chart's series and its own legend rows
        double h0 = vm.h().valueProperty().get();
        interact(() -> vm.h().setValue(0.04));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> vm.curvesProperty().get() != null && vm.curvesProperty().get().parameters().h() == 0.04); // explorer curves at h = 0.04
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> teaching.viewModel().curvesProperty().get().parameters().h() == 0.04); // teaching curves follow
        List<String> rows = names(chart);
        assertTrue(rows.contains(Method.GD.label()) && rows.contains(Method.MOMENTUM.label())
                && rows.contains(Method.MOMENTUM_MODIFIED.label()), rows.toString());
        assertNotEquals(h0, 0.04);

        interact(() -> teaching.viewModel().betaProperty().set(0.0));
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> !teaching.viewModel().curvesProperty().get().trajectories().containsKey(Method.MOMENTUM)); // momentum gone at β = 0
        assertFalse(names(chart).contains(Method.MOMENTUM.label()), names(chart).toString());
    }

    @Test
    void explorerHasMomentumControlsWithATypedBetaTogglesAndAStatus() throws TimeoutException {
        XYChart chart = window.explorer().planeView().planeRenderer().chart();
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> teaching.viewModel().curvesProperty().get() != null); // teaching curves
        javafx.scene.control.CheckBox show = lookup("#show-momentum").query();
        javafx.scene.control.Label status = lookup("#momentum-status").query();
        assertTrue(show.isDisabled(), "the momentum toggles wait for β > 0");
        assertTrue(status.getText().startsWith("β = 0"), status.getText());
        javafx.scene.control.TextField beta = lookup("#beta-field").query();
        // the field may sit below the fold of the controls' scroll pane at 1280×800: focus it and type
        interact(() -> {
            beta.requestFocus();
            beta.selectAll();
        });
        write("0.5").type(KeyCode.ENTER);
        assertEquals(0.5, teaching.viewModel().betaProperty().get(), 0.0);
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> names(chart).contains(Method.MOMENTUM.label())); // momentum on the plane
        assertFalse(show.isDisabled());
        waitFor(WAIT_S, TimeUnit.SECONDS, () -> status.getText().startsWith(Method.MOMENTUM.label() + ": ")); // status
        assertTrue(status.getText().contains(Method.MOMENTUM_MODIFIED.label() + ": "), status.getText());
        // the Teaching tab's β shows the same value
        assertEquals("0.5", ((javafx.scene.control.TextField) lookup("#teaching-beta-field").query()).getText());
        // unticking hides GD with momentum from the plane (legend and drawing) and keeps its modified flow
        interact(() -> show.setSelected(false));
        assertFalse(names(chart).contains(Method.MOMENTUM.label()), names(chart).toString());
        assertTrue(names(chart).contains(Method.MOMENTUM_MODIFIED.label()), names(chart).toString());
        interact(() -> show.setSelected(true));
        assertTrue(names(chart).contains(Method.MOMENTUM.label()));
        interact(() -> teaching.viewModel().betaProperty().set(0.0));
    }

    private static List<String> names(XYChart chart) {
        return chart.legendRows().stream().map(XYChart.LegendEntry::name).toList();
    }
}
