package org.igrexplorer.ui.network;

import java.util.ArrayList;
import java.util.List;
import org.igrexplorer.core.mlp.landscape.NetworkLandscape;
import org.igrexplorer.core.mlp.landscape.PathPoint;
import org.igrexplorer.core.mlp.landscape.PcaPlane;
import org.igrexplorer.core.mlp.landscape.PlaneGrid;
import org.igrexplorer.core.mlp.landscape.ProjectedPath;

/** A small network landscape for the views' tests, without training: E = 0.5 + (α² + β²)/20 (0.5 to 0.75: less
 * than a decade, so the height axis has plain ticks 0.55 … 0.7, as a trained run's often has) and a path down to 0. */
final class NetworkLandscapes {

    private NetworkLandscapes() {
    }

    static NetworkLandscape bowl() {
        int n = 21;
        double[] loss = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double a = -2 + 4.0 * i / (n - 1);
                double b = -1 + 2.0 * j / (n - 1);
                loss[j * n + i] = 0.5 + (a * a + b * b) / 20;
            }
        }
        PlaneGrid grid = new PlaneGrid(-2, 2, -1, 1, n, n, loss);
        List<PathPoint> points = new ArrayList<>();
        for (int k = 0; k <= 20; k++) {
            double a = -1.8 * (1 - k / 20.0);
            double b = 0.6 * (1 - k / 20.0);
            points.add(new PathPoint(10L * k, a, b, 0, 0.5 + (a * a + b * b) / 20, 0.5 + 0.02 * k));
        }
        PcaPlane plane = new PcaPlane(new float[3], 200, new double[] {1, 0, 0}, new double[] {0, 1, 0}, 0.9, 0.08,
                false);
        return new NetworkLandscape(plane, grid, List.of(new ProjectedPath("h=0.2 w=16 seed 1", points, false)), 300,
                new NetworkLandscape.Timings(0, 0, 0, 0, 0, 0));
    }
}
