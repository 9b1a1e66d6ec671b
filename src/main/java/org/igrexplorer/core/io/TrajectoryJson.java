package org.igrexplorer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;

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
 * parallel arrays. Numbers round-trip exactly.
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
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeFieldName("parameters");
        ParametersJson.write(g, parameters);
        g.writeNumberField("lambda", parameters.lambda());
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
                double s = CsvExport.sharpness(parameters.landscape(), t.theta(i));
                if (Double.isFinite(s)) {
                    g.writeNumber(s);
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
