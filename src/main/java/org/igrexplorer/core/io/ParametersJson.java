package org.igrexplorer.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.LandscapeSpec;

/**
 * The JSON form of {@link RunParameters}, shared by data export and session files: the model spec
 * and the run settings side by side,
 * {@code {"model": {"landscape": "paper", "constants": {"x": 1.0, "y": 0.6}}, "run": {"a0": …, "b0": …,
 * "h": …, "mu": …, "steps": …}}}; a typed loss has {@code "landscape": "typed"} and its
 * {@code "expression"}.
 */
public final class ParametersJson {

    private ParametersJson() {
    }

    /** @return the parameters as a JSON tree */
    public static ObjectNode toJson(ObjectMapper mapper, RunParameters p) {
        ObjectNode o = mapper.createObjectNode();
        ObjectNode m = o.putObject("model");
        LandscapeSpec spec = p.model();
        m.put("landscape", spec.name());
        if (spec.isTyped()) {
            m.put("expression", spec.expression());
        }
        ObjectNode c = m.putObject("constants");
        spec.constants().forEach(c::put);
        ObjectNode r = o.putObject("run");
        r.put("a0", p.a0());
        r.put("b0", p.b0());
        r.put("h", p.h());
        r.put("mu", p.mu());
        r.put("steps", p.steps());
        return o;
    }

    /**
     * Writes the parameters as the value of the current field.
     *
     * @param g destination. Written to.
     */
    public static void write(JsonGenerator g, RunParameters p) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("model");
        LandscapeSpec spec = p.model();
        g.writeStringField("landscape", spec.name());
        if (spec.isTyped()) {
            g.writeStringField("expression", spec.expression());
        }
        g.writeObjectFieldStart("constants");
        for (Map.Entry<String, Double> e : spec.constants().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("run");
        g.writeNumberField("a0", p.a0());
        g.writeNumberField("b0", p.b0());
        g.writeNumberField("h", p.h());
        g.writeNumberField("mu", p.mu());
        g.writeNumberField("steps", p.steps());
        g.writeEndObject();
        g.writeEndObject();
    }
}
