package org.igrexplorer.ui.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.session.Camera;
import org.igrexplorer.core.session.HeightMode;
import org.igrexplorer.core.session.Panel;
import org.igrexplorer.core.session.SessionState;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.ui.window.MainWindow;
import org.igrexplorer.ui.explorer.ExplorerView;
import org.igrexplorer.ui.explorer.ExplorerViewModel;
import org.igrexplorer.ui.explorer.ParameterField;

/**
 * Maps the explorer (view-model, 3D camera, plane view box) to and from a {@link SessionState}.
 * {@link #problems} says whether a state fits the window's input ranges, so that a state is applied
 * whole or not at all. FX thread only.
 */
public final class ExplorerSessionBridge {

    private final ExplorerViewModel vm;
    private final ExplorerView view;
    private final MainWindow window;
    private SessionState lastApplied;

    /**
     * @param vm   the explorer's view-model
     * @param view the explorer's view (for the camera and the plane box), or {@code null} without one
     */
    public ExplorerSessionBridge(ExplorerViewModel vm, ExplorerView view) {
        this(vm, view, null);
    }

    /**
     * @param window the main window whose registered panels (e.g. the Figure 1b sweep) a state opens
     *               and a capture reports, or {@code null}
     */
    public ExplorerSessionBridge(ExplorerViewModel vm, ExplorerView view, MainWindow window) {
        this.vm = vm;
        this.view = view;
        this.window = window;
    }

    /** @return the window's state now (the preset id is kept while the parameters are the preset's) */
    public SessionState capture() {
        RunParameters p = vm.parametersProperty().get();
        Set<Method> curves = EnumSet.noneOf(Method.class);
        for (Method m : Method.values()) {
            if (vm.visibleProperty(m).get()) {
                curves.add(m);
            }
        }
        Camera camera = Camera.DEFAULT;
        ViewBox box = vm.boxProperty().get();
        if (view != null) {
            if (view.surfaceView().isSupported3D()) {
                camera = view.surfaceView().cameraState();
            }
            if (view.planeView().view() != null) {
                box = view.planeView().view();
            }
        }
        HeightMode mode = vm.heightModeProperty().get();
        Set<Panel> panels = EnumSet.noneOf(Panel.class);
        if (lastApplied != null) {
            panels.addAll(lastApplied.openPanels());
        }
        if (window != null) {
            // the panels the window shows are what it says now; others are kept as they were loaded
            panels.removeAll(window.registeredPanels());
            panels.addAll(window.shownPanels());
        }
        String preset = lastApplied != null && lastApplied.parameters().equals(p) ? lastApplied.presetId() : null;
        return new SessionState(p, curves, camera, box, mode, panels, preset, vm.sgdSettings());
    }

    /** @return why the window cannot show {@code s} (values outside its input ranges); empty if it can */
    public List<String> problems(SessionState s) {
        return vm.problems(s.parameters());
    }

    /**
     * Sets the window from {@code s}.
     *
     * @throws IllegalArgumentException if {@link #problems} is not empty (nothing is changed then)
     */
    public void apply(SessionState s) {
        List<String> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        RunParameters p = s.parameters();
        for (Method m : Method.values()) {
            vm.visibleProperty(m).set(s.isVisible(m));
        }
        vm.heightModeProperty().set(s.heightMode());
        // the state's box frames it (a preset frames its own effect): the surface and the plane both get it
        vm.apply(p, s.viewBox());
        vm.applySgd(s.sgd());
        if (view != null) {
            // after the parameters: a new model box resets the plane view
            view.planeView().setView(s.viewBox());
            if (view.surfaceView().isSupported3D()) {
                view.surfaceView().setCameraState(s.camera());
            }
        }
        if (window != null) {
            window.showPanels(s.openPanels());
        }
        lastApplied = s;
    }
}
