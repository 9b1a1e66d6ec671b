package org.igrexplorer.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.SweepPoint;
import org.igrexplorer.core.sgd.MeanIterate;
import org.igrexplorer.core.sgd.SgdRun;

/**
 * The data behind the figures as files, written atomically: curves as CSV (the columns of the
 * {@code trajectories} command) or JSON with the parameters, and the Figure 1b sweep as CSV.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** Writes {@link CsvExport#writeTrajectories}. */
    public static void writeCurvesCsv(Path out, RunParameters p, Collection<Trajectory> curves) throws IOException {
        write(out, w -> CsvExport.writeTrajectories(w, p.landscape(), curves));
    }

    /** Writes {@link TrajectoryJson#write}. */
    public static void writeCurvesJson(Path out, RunParameters p, Collection<Trajectory> curves) throws IOException {
        write(out, w -> TrajectoryJson.write(w, p, curves));
    }

    /**
     * Writes {@link CsvExport#writeTrajectories}, with the standard errors of the mean SGD iterate when
     * {@code mean} is given ({@link CsvExport#SGD_MEAN_HEADER}).
     */
    public static void writeCurvesCsv(Path out, RunParameters p, Collection<Trajectory> curves, MeanIterate mean)
            throws IOException {
        if (mean == null) {
            writeCurvesCsv(out, p, curves);
        } else {
            write(out, w -> CsvExport.writeTrajectories(w, p.landscape(), curves, mean));
        }
    }

    /**
     * Writes {@link TrajectoryJson#write} for parameters whose model may carry a data set: the model is then
     * written as the per-example loss and the data with SGD's settings ({@code run}) beside it.
     *
     * @param run  the data set's SGD run, or null without a data set
     * @param mean the mean SGD iterate among the curves, or null
     */
    public static void writeCurvesJson(Path out, RunParameters p, Collection<Trajectory> curves, SgdRun run,
                                       MeanIterate mean) throws IOException {
        RunParameters perExample = run == null ? p : p.withModel(p.model().withData(null));
        write(out, w -> TrajectoryJson.write(w, perExample, curves, run, mean));
    }

    /** Writes {@link CsvExport#writeSweep}. */
    public static void writeSweepCsv(Path out, List<SweepPoint> points) throws IOException {
        write(out, w -> CsvExport.writeSweep(w, points));
    }

    private static void write(Path out, AtomicFileWriter.TextContent text) throws IOException {
        AtomicFileWriter.writeText(out, text);
    }
}
