package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.core.mlp.landscape.ProjectedPath;

/**
 * CSV export of a network's landscape on its PCA plane, through the one {@link Csv} writer: the loss
 * grid and a projected path.
 */
public final class LandscapeCsv {

    public static final String GRID_HEADER = "alpha,beta,loss";
    public static final String PATH_HEADER = "step,alpha,beta,loss,test_acc";

    private LandscapeCsv() {
    }

    /** One row per grid point, α varying fastest. */
    public static void writeGrid(Writer w, PlaneGrid grid) throws IOException {
        Csv.header(w, GRID_HEADER);
        for (int j = 0; j < grid.nBeta(); j++) {
            for (int i = 0; i < grid.nAlpha(); i++) {
                Csv.row(w, grid.alpha(i), grid.beta(j), grid.loss(i, j));
            }
        }
        w.flush();
    }

    /** One row per snapshot: its step, coordinates on the plane, own loss on the subset and test accuracy. */
    public static void writePath(Writer w, ProjectedPath path) throws IOException {
        Csv.header(w, PATH_HEADER);
        for (PathPoint p : path.points()) {
            Csv.row(w, p.step(), p.alpha(), p.beta(), p.loss(), p.testAccuracy());
        }
        w.flush();
    }
}
