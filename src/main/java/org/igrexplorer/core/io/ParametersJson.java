package org.igrexplorer.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.loss.LandscapeSpec;

/**
 * The JSON form of {@link RunParameters} (records bound by Jackson), shared by session files and data
 * export: the model spec and the run settings side by side,
 * {@code {"model": {"landscape": "paper", "constants": {"x": 1.0, "y": 0.6}}, "run": {"a0": …, "b0": …,
 * "h": …, "mu": …, "steps": …}}}; a typed loss has {@code "landscape": "typed"} and its {@code "expression"}.
 */
public final class ParametersJson {

    private static final ObjectMapper WRITER = new ObjectMapper();

    private ParametersJson() {
    }

    /**
     * The model spec.
     *
     * @param landscape  a built-in's name or "typed"
     * @param expression the typed loss (absent for a built-in)
     * @param constants  the constants by name (may be left out: none, or the built-in's defaults)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Model(@JsonProperty(required = true) String landscape, String expression,
                        Map<String, Double> constants) {

        /** @return the JSON form of a spec */
        public static Model of(LandscapeSpec s) {
            return new Model(s.name(), s.expression(), s.constants());
        }

        /**
         * @return the spec, its landscape built (a typed loss parsed)
         * @throws IllegalArgumentException naming the problem (unknown landscape, bad constant, loss syntax)
         */
        public LandscapeSpec toSpec() {
            LandscapeSpec s = new LandscapeSpec(landscape, expression, constants == null ? Map.of() : constants);
            s.landscape();
            return s;
        }
    }

    /**
     * The run settings, each required.
     *
     * @param a0    start a
     * @param b0    start b
     * @param h     learning rate
     * @param mu    EGR strength
     * @param steps number of steps
     */
    public record Run(@JsonProperty(required = true) double a0, @JsonProperty(required = true) double b0,
                      @JsonProperty(required = true) double h, @JsonProperty(required = true) double mu,
                      @JsonProperty(required = true) long steps) {

        /** @return the JSON form of a run's settings */
        public static Run of(RunSettings r) {
            return new Run(r.a0(), r.b0(), r.h(), r.mu(), r.steps());
        }

        /** @return one message per invalid value, empty when the settings are usable */
        public List<String> problems() {
            return new ArrayList<>(RunSettings.problems(a0, b0, h, mu, steps));
        }

        /** @throws IllegalArgumentException naming every invalid value */
        public RunSettings toSettings() {
            return new RunSettings(a0, b0, h, mu, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, steps)));
        }
    }

    /**
     * Both parts.
     *
     * @param model the model spec
     * @param run   the run settings
     */
    public record Parameters(@JsonProperty(required = true) Model model, @JsonProperty(required = true) Run run) {

        /** @return the JSON form of a run */
        public static Parameters of(RunParameters p) {
            return new Parameters(Model.of(p.model()), Run.of(p.run()));
        }
    }

    /** @return the parameters as a JSON tree */
    public static ObjectNode toJson(ObjectMapper mapper, RunParameters p) {
        return mapper.valueToTree(Parameters.of(p));
    }

    /**
     * Writes the parameters as the value of the current field.
     *
     * @param g destination. Written to.
     */
    public static void write(JsonGenerator g, RunParameters p) throws IOException {
        WRITER.writeValue(g, Parameters.of(p));
    }
}
