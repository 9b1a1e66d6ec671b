package org.igrexplorer.ui.export;

import java.util.Collection;
import javafx.scene.Node;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.sgd.MeanIterate;
import org.igrexplorer.core.sgd.SgdRun;
import org.igrexplorer.ui.plot.PlotRenderer;

/**
 * What the window offers for export; called on the FX thread. Methods that return {@code null}
 * leave the matching menu items disabled.
 */
public interface ExportSource {

    /** @return the parameters of what is shown (for captions and data files) */
    RunParameters parameters();

    /** @return the curves as shown (visible methods only), or an empty collection while computing */
    Collection<Trajectory> curves();

    /** @return SGD's run (data set, batch, seed, samples) behind the curves, or {@code null} without a data set */
    default SgdRun sgdRun() {
        return null;
    }

    /** @return the mean SGD iterate with its standard errors, or {@code null} when it is not among the curves */
    default MeanIterate sgdMean() {
        return null;
    }

    /** @return the renderer of the 2D plane as on screen, or {@code null} */
    default PlotRenderer plane() {
        return null;
    }

    /** @return the logical {width, height} the plane has on screen (the exported figure's size) */
    default double[] planeSize() {
        return new double[] {800, 600};
    }

    /** @return the node of the 3D view (a SubScene or its container), or {@code null} */
    default Node view3d() {
        return null;
    }

    /** @return the root of the whole window, or {@code null} */
    default Node window() {
        return null;
    }
}
