package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.core.mlp.landscape.ProjectedPath;

/** CSV export of a network's landscape on its PCA plane: the loss grid and a projected path. */
public final class LandscapeCsv {

    public static final String GRID_HEADER = "alpha,beta,loss";
    public static final String PATH_HEADER = "step,alpha,beta,loss,test_acc";

    private LandscapeCsv() {
    }

    /** One row per grid point, α varying fastest. */
    public static void writeGrid(Writer w, PlaneGrid grid) throws IOException {
        w.write(GRID_HEADER + "\n");
        for (int j = 0; j < grid.nBeta(); j++) {
            for (int i = 0; i < grid.nAlpha(); i++) {
                w.write(String.format(Locale.ROOT, "%.9g,%.9g,%.9g%n", grid.alpha(i), grid.beta(j), grid.loss(i, j)));
            }
        }
        w.flush();
    }

    /** One row per snapshot: its step, coordinates on the plane, own loss on the subset and test accuracy. */
    public static void writePath(Writer w, ProjectedPath path) throws IOException {
        w.write(PATH_HEADER + "\n");
        for (PathPoint p : path.points()) {
            w.write(String.format(Locale.ROOT, "%d,%.9g,%.9g,%.9g,%.6f%n", p.step(), p.alpha(), p.beta(), p.loss(),
                    p.testAccuracy()));
        }
        w.flush();
    }
}
