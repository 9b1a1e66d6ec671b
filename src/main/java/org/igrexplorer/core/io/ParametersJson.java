package org.igrexplorer.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import org.igrexplorer.core.dynamics.RunParameters;

/** The JSON form of {@link RunParameters}, shared by session files and data export. */
public final class ParametersJson {

    /** The field names: x, y, a0, b0, h, mu, steps. */
    public static final Set<String> FIELDS = Set.of("x", "y", "a0", "b0", "h", "mu", "steps");

    private ParametersJson() {
    }

    /** @return {"x":…, "y":…, "a0":…, "b0":…, "h":…, "mu":…, "steps":…} */
    public static ObjectNode toJson(ObjectMapper mapper, RunParameters p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("x", p.x());
        o.put("y", p.y());
        o.put("a0", p.a0());
        o.put("b0", p.b0());
        o.put("h", p.h());
        o.put("mu", p.mu());
        o.put("steps", p.steps());
        return o;
    }

    /**
     * Writes the parameters as the value of the current field.
     *
     * @param g destination. Written to.
     */
    public static void write(JsonGenerator g, RunParameters p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("x", p.x());
        g.writeNumberField("y", p.y());
        g.writeNumberField("a0", p.a0());
        g.writeNumberField("b0", p.b0());
        g.writeNumberField("h", p.h());
        g.writeNumberField("mu", p.mu());
        g.writeNumberField("steps", p.steps());
        g.writeEndObject();
    }
}
