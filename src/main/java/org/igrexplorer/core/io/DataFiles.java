package org.igrexplorer.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.experiment.SweepPoint;

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

    /** Writes {@link CsvExport#writeSweep}. */
    public static void writeSweepCsv(Path out, List<SweepPoint> points) throws IOException {
        write(out, w -> CsvExport.writeSweep(w, points));
    }

    private static void write(Path out, AtomicFileWriter.TextContent text) throws IOException {
        AtomicFileWriter.writeText(out, text);
    }
}
