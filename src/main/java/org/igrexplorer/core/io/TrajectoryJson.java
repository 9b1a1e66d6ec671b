package org.igrexplorer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.loss.ThirdOrderLoss;
import org.igrexplorer.core.sgd.MeanIterate;
import org.igrexplorer.core.sgd.SgdRun;

/**
 * The curves as JSON with the parameters that made them:
 * <pre>
 * { "format": "igr-explorer-trajectories", "version": 2,
 *   "parameters": { "model": { "landscape": "paper", "constants": { "x": …, "y": … } },
 *                   "run": { "a0": …, "b0": …, "h": …, "mu": …, "steps": … } },
 *   "lambda": h/2,
 *   "trajectories": [ { "method": "gd", "label": "Gradient descent", "status": "converged",
 *                       "statusStep": 121, "message": "…",
 *                       "step": […], "t": […], "a": […], "b": […], "loss": […], "r_ig": […],
 *                       "sharpness": […] }, … ] }
 * </pre>
 * The per-point columns are the same as in the CSV ({@link CsvExport#TRAJECTORY_HEADER}), stored as
 * parallel arrays. Numbers round-trip exactly. A run on a data set adds
 * {@code "data": { "points": "1:0.6,…", "batch": B, "seed": S, "samples": N }} after the parameters (whose model is
 * then the per-example loss) and the mean SGD iterate's {@code "se_a"} and {@code "se_b"} arrays (standard errors,
 * 0 where it is exact over all orders).
 */
public final class TrajectoryJson {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "igr-explorer-trajectories";

    /** Version of the layout (2: the parameters split into the model spec and the run settings). */
    public static final int VERSION = 2;

    private static final JsonFactory FACTORY = new JsonFactory();

    private TrajectoryJson() {
    }

    /**
     * @param out          destination. Written to, not closed.
     * @param parameters   the parameters the trajectories were computed with
     * @param trajectories the curves
     */
    public static void write(Writer out, RunParameters parameters, Collection<Trajectory> trajectories)
            throws IOException {
        write(out, parameters, trajectories, null, null);
    }

    /**
     * @param out          destination. Written to, not closed.
     * @param parameters   the per-example loss and the run settings
     * @param trajectories the curves
     * @param run          the data set, batch size, seed and samples, or null for a run without data
     * @param mean         the mean SGD iterate (its standard errors are written with it), or null
     */
    public static void write(Writer out, RunParameters parameters, Collection<Trajectory> trajectories, SgdRun run,
                             MeanIterate mean) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeFieldName("parameters");
        ParametersJson.write(g, parameters);
        if (run != null) {
            g.writeObjectFieldStart("data");
            g.writeStringField("points", run.loss().data().format());
            g.writeNumberField("batch", run.batch());
            g.writeNumberField("seed", run.seed());
            g.writeNumberField("samples", run.samples());
            g.writeEndObject();
        }
        g.writeNumberField("lambda", parameters.lambda());
        // the sharpness of the loss the runs descend: on a data set the full-data E, not the per-example loss
        ThirdOrderLoss sharpnessOf = run != null ? run.loss() : parameters.landscape();
        g.writeArrayFieldStart("trajectories");
        for (Trajectory t : trajectories) {
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("method", t.method().id());
            g.writeStringField("label", t.method().label());
            g.writeStringField("status", t.status().id());
            g.writeNumberField("statusStep", t.statusStep());
            g.writeStringField("message", t.message());
            int n = t.size();
            g.writeArrayFieldStart("step");
            for (int i = 0; i < n; i++) {
                g.writeNumber(i);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("t");
            for (int i = 0; i < n; i++) {
                g.writeNumber(t.t(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("a");
            for (int i = 0; i < n; i++) {
                g.writeNumber(t.a(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("b");
            for (int i = 0; i < n; i++) {
                g.writeNumber(t.b(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("loss");
            for (int i = 0; i < n; i++) {
                g.writeNumber(t.loss(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("r_ig");
            for (int i = 0; i < n; i++) {
                g.writeNumber(t.rIg(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sharpness");
            for (int i = 0; i < n; i++) {
                double s = CsvExport.sharpness(sharpnessOf, t.theta(i));
                if (Double.isFinite(s)) {
                    g.writeNumber(s);
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
            if (mean != null && t == mean.mean()) {
                g.writeArrayFieldStart("se_a");
                for (int i = 0; i < n; i++) {
                    g.writeNumber(mean.seA(i));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("se_b");
                for (int i = 0; i < n; i++) {
                    g.writeNumber(mean.seB(i));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
