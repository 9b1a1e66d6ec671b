package org.igrexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Map;
import org.igrexplorer.core.dynamics.FlowTolerances;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunLimits;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.Trajectory;
import org.igrexplorer.core.dynamics.TrajectoryService;
import org.junit.jupiter.api.Test;

class TrajectoryJsonTest {

    @Test
    void jsonHoldsTheParametersAndExactlyTheCsvValues() throws Exception {
        RunParameters p = RunParameters.DEFAULT.withSteps(60).withH(0.25); // GD diverges, flows converge
        Map<Method, Trajectory> r = TrajectoryService.computeAll(EnumSet.of(Method.GD, Method.EXACT, Method.EGR), p,
                RunLimits.DEFAULT, FlowTolerances.DEFAULT);
        StringWriter json = new StringWriter();
        TrajectoryJson.write(json, p, r.values());
        StringWriter csv = new StringWriter();
        CsvExport.writeTrajectories(csv, p.landscape(), r.values());

        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertEquals(TrajectoryJson.FORMAT, root.get("format").asText());
        assertEquals(2, root.get("version").asInt());
        JsonNode params = root.get("parameters").get("run");
        assertEquals("paper", root.get("parameters").get("model").get("landscape").asText());
        assertEquals(1.0, root.get("parameters").get("model").get("constants").get("x").asDouble());
        assertEquals(p.h(), params.get("h").asDouble());
        assertEquals(p.mu(), params.get("mu").asDouble());
        assertEquals(p.steps(), params.get("steps").asInt());
        assertEquals(p.lambda(), root.get("lambda").asDouble());
        assertEquals(3, root.get("trajectories").size());

        String[] rows = csv.toString().split("\n");
        int row = 1;
        for (JsonNode t : root.get("trajectories")) {
            Trajectory expected = r.get(Method.fromId(t.get("method").asText()));
            assertEquals(expected.status().name().toLowerCase(java.util.Locale.ROOT), t.get("status").asText());
            assertEquals(expected.size(), t.get("a").size());
            for (int n = 0; n < expected.size(); n++, row++) {
                String[] c = rows[row].split(",");
                assertEquals(c[0], t.get("method").asText());
                assertEquals(Integer.parseInt(c[1]), t.get("step").get(n).asInt());
                assertEquals(Double.parseDouble(c[2]), t.get("t").get(n).asDouble());
                assertEquals(Double.parseDouble(c[3]), t.get("a").get(n).asDouble());
                assertEquals(Double.parseDouble(c[4]), t.get("b").get(n).asDouble());
                assertEquals(Double.parseDouble(c[5]), t.get("loss").get(n).asDouble());
                assertEquals(Double.parseDouble(c[6]), t.get("r_ig").get(n).asDouble());
                JsonNode sharp = t.get("sharpness").get(n);
                if (c.length > 7) {
                    assertEquals(Double.parseDouble(c[7]), sharp.asDouble());
                } else {
                    assertTrue(sharp.isNull(), "an empty CSV cell is a JSON null");
                }
            }
        }
        assertEquals(rows.length, row, "every CSV row appears in the JSON");
        assertTrue(root.get("trajectories").get(0).get("message").asText().contains("diverged"));
    }
}
