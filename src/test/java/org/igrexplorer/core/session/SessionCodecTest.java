package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.ViewBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionCodecTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long SEED = 20210401L;

    private static ObjectNode defaultTree() throws Exception {
        return (ObjectNode) MAPPER.readTree(SessionCodec.encode(SessionState.DEFAULT));
    }

    private static String error(SessionLoadResult r) {
        assertFalse(r.isOk(), () -> "expected a failure, got " + r);
        String msg = r.error().orElseThrow();
        assertFalse(msg.isBlank());
        return msg;
    }

    @Test
    void roundTripOfDefaultPresetsAndRandomStatesIsExact() {
        assertEquals(SessionState.DEFAULT, SessionCodec.decode(SessionCodec.encode(SessionState.DEFAULT)).state().orElseThrow());
        for (Preset p : Presets.all()) {
            assertEquals(p.state(), SessionCodec.decode(SessionCodec.encode(p.state())).state().orElseThrow(), p.id());
        }
        Random rnd = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            SessionState s = SessionStates.random(rnd);
            SessionLoadResult r = SessionCodec.decode(SessionCodec.encode(s));
            assertEquals(s, r.state().orElseThrow(() -> new AssertionError(r.toString())));
        }
    }

    @Test
    void writesTheFormatAndVersion() throws Exception {
        ObjectNode root = defaultTree();
        assertEquals("igr-explorer-session", root.get("format").asText());
        assertEquals(2, root.get("version").asInt());
        assertEquals(0.05, root.get("run").get("h").asDouble());
        assertEquals("paper", root.get("model").get("landscape").asText());
        assertEquals(0.6, root.get("model").get("constants").get("y").asDouble());
        assertEquals("log", root.get("heightMode").asText());
    }

    @Test
    void newerVersionIsRefusedWithAClearMessage() throws Exception {
        ObjectNode root = defaultTree();
        root.put("version", 3);
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("newer"));
        root.put("version", 0);
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("unknown session file version"));
        root.put("version", "1");
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("version"));
        root.put("version", new java.math.BigInteger("123456789012345678901234567890"));
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("newer"));
    }

    @Test
    void truncatedFileIsRefused() {
        byte[] full = SessionCodec.encode(SessionState.DEFAULT);
        for (int len = 0; len < full.length - 2; len += 7) {
            byte[] cut = java.util.Arrays.copyOf(full, len);
            assertFalse(SessionCodec.decode(cut).isOk(), "truncated at " + len);
        }
        String msg = error(SessionCodec.decode(java.util.Arrays.copyOf(full, full.length / 2)));
        assertTrue(msg.contains("truncated"), msg);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run.h|\"NaN\"|h must be a finite number",
            "run.h|true|\"run.h\" must be a number",
            "run.h|-0.1|h must be > 0",
            "run.steps|2.5|\"run.steps\" must be a whole number",
            "run.steps|99999999999999999999|\"run.steps\"",
            "run.mu|1e400|mu must be a finite number",
            "model.landscape|\"nowhere\"|unknown landscape 'nowhere'",
            "model.landscape|3|\"model.landscape\" must be text",
            "camera.pitch|120|pitch",
            "camera.distance|0|distance",
            "viewBox.aMax|-5|aMin < aMax",
            "curves|\"gd\"|list of names",
            "heightMode|3|\"heightMode\" must be text",
            "heightMode|\"tall\"|clip",
            "preset|\"Not An Id\"|preset",
            "panels|[\"sweep\",\"attic\"]|unknown panel"})
    void wrongTypesAndRangesAreNamed(String path, String json, String expected) throws Exception {
        ObjectNode root = defaultTree();
        String[] parts = path.split("\\.");
        ObjectNode target = parts.length == 2 ? (ObjectNode) root.get(parts[0]) : root;
        target.put(parts[parts.length - 1], "__VALUE__");
        String text = MAPPER.writeValueAsString(root).replace("\"__VALUE__\"", json);
        String msg = error(SessionCodec.decode(text));
        assertTrue(msg.contains(expected), msg);
    }

    @Test
    void missingAndUnknownFieldsAreNamed() throws Exception {
        for (String field : Set.of("model", "run", "curves", "camera", "viewBox", "heightMode")) {
            ObjectNode root = defaultTree();
            root.remove(field);
            String msg = error(SessionCodec.decode(MAPPER.writeValueAsBytes(root)));
            assertTrue(msg.contains("missing field \"" + field + "\""), msg);
        }
        ObjectNode root = defaultTree();
        ((ObjectNode) root.get("camera")).remove("yaw");
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("missing field \"camera.yaw\""));
        root = defaultTree();
        ((ObjectNode) root.get("run")).put("gamma", 1);
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("unknown field \"run.gamma\""));
        root = defaultTree();
        root.put("extra", 1);
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("unknown field \"extra\""));
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws Exception {
        ObjectNode root = defaultTree();
        root.remove("panels");
        root.remove("preset");
        assertEquals(SessionState.DEFAULT, SessionCodec.decode(MAPPER.writeValueAsBytes(root)).state().orElseThrow());
    }

    @Test
    void panelsThatWereNeverShownOpenAsNoneAndUnknownOnesAreRefused() throws Exception {
        ObjectNode root = defaultTree();
        root.putArray("panels").add("charts").add("sweep").add("EXPLANATION");
        assertEquals(java.util.Set.of(Panel.SWEEP),
                SessionCodec.decode(MAPPER.writeValueAsBytes(root)).state().orElseThrow().openPanels());
        root.putArray("panels").add("sweep").add("tables");
        String msg = error(SessionCodec.decode(MAPPER.writeValueAsBytes(root)));
        assertTrue(msg.contains("unknown panel 'tables'") && msg.contains("(expected sweep)"), msg);
    }

    @Test
    void notASessionFile() {
        assertTrue(error(SessionCodec.decode("[1,2,3]")).contains("not an IGR Explorer session"));
        assertTrue(error(SessionCodec.decode("{\"format\":\"something-else\",\"version\":1}")).contains("format"));
        assertTrue(error(SessionCodec.decode("")).contains("empty"));
        assertTrue(error(SessionCodec.decode("   ")).length() > 0);
        byte[] huge = new byte[SessionCodec.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertTrue(error(SessionCodec.decode(huge)).contains("too large"));
        String deep = "[".repeat(5000);
        assertFalse(SessionCodec.decode(deep.getBytes(StandardCharsets.UTF_8)).isOk());
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreRefused() {
        String json = new String(SessionCodec.encode(SessionState.DEFAULT), StandardCharsets.UTF_8);
        assertFalse(SessionCodec.decode(json + " {}").isOk());
        assertFalse(SessionCodec.decode(json.replaceFirst("\\{", "{\"version\":1,")).isOk());
    }

    /** A file written by version 1 (the paper's model only) opens unchanged, as the paper's model. */
    @Test
    void versionOneFilesStillOpen() {
        String v1 = """
                {
                  "format" : "igr-explorer-session",
                  "version" : 1,
                  "parameters" : { "x" : 1.5, "y" : 0.6, "a0" : 75.0, "b0" : 74.925, "h" : 5.0E-5, "mu" : 0.5, "steps" : 20000 },
                  "curves" : [ "gd", "exact", "modified" ],
                  "camera" : { "yaw" : -35.0, "pitch" : 32.0, "distance" : 1.0, "panX" : 0.0, "panY" : 40.0 },
                  "viewBox" : { "aMin" : -10.0, "aMax" : 80.0, "bMin" : -10.0, "bMax" : 80.0 },
                  "heightMode" : "log",
                  "panels" : [ ],
                  "preset" : "fig1a-far"
                }
                """;
        SessionState s = SessionCodec.decode(v1).state().orElseThrow();
        assertEquals(RunParameters.paper(1.5, 0.6, 75.0, 74.925, 5e-5, 0.5, 20_000), s.parameters());
        assertEquals(Set.of(Method.GD, Method.EXACT, Method.MODIFIED), s.visibleCurves());
        assertEquals(new ViewBox(-10, 80, -10, 80), s.viewBox());
        assertEquals("fig1a-far", s.presetId());
        // a version 1 file keeps its own field names: "model" is unknown there
        String mixed = v1.replace("\"preset\"", "\"model\" : {}, \"preset\"");
        assertTrue(error(SessionCodec.decode(mixed)).contains("unknown field \"model\""));
        String bad = v1.replace("\"x\" : 1.5", "\"x\" : \"one\"");
        assertTrue(error(SessionCodec.decode(bad)).contains("\"parameters.x\" must be a number"));
    }

    /** A typed loss with a named constant round-trips through version 2, and a broken one names the column. */
    @Test
    void typedLossRoundTrips() throws Exception {
        RunParameters p = new RunParameters(LandscapeSpec.typed("(1-a)^2 + k*(b-a^2)^2", Map.of("k", 10.0)),
                new RunSettings(-1, 1.5, 0.001, 0.1, 300));
        SessionState s = SessionState.DEFAULT.withParameters(p).withViewBox(new ViewBox(-2, 2, -1, 3));
        byte[] bytes = SessionCodec.encode(s);
        assertEquals(s, SessionCodec.decode(bytes).state().orElseThrow());
        ObjectNode root = (ObjectNode) MAPPER.readTree(bytes);
        assertEquals("typed", root.get("model").get("landscape").asText());
        assertEquals("(1-a)^2 + k*(b-a^2)^2", root.get("model").get("expression").asText());
        ((ObjectNode) root.get("model")).put("expression", "(1-a)^2 + q*(b-a^2)^2");
        String msg = error(SessionCodec.decode(MAPPER.writeValueAsBytes(root)));
        assertTrue(msg.contains("unknown variable 'q' at column 11"), msg);
    }

    /**
     * A data set with SGD's batch, seed and samples round-trips in the trajectories JSON's shape; a file
     * without "data" (every older file) opens without a data set; bad points or a batch that does not divide n
     * are named.
     */
    @Test
    void dataSetAndSgdSettingsRoundTrip() throws Exception {
        org.igrexplorer.core.loss.DataSet four = org.igrexplorer.core.loss.DataSet.parse("1:0.6,2:1.0,0.5:0.2,1.5:1.1");
        RunParameters p = new RunParameters(LandscapeSpec.PAPER.withData(four), new RunSettings(1.5, 1, 0.05, 0.5, 200));
        SessionState s = SessionState.DEFAULT.withParameters(p).withSgd(new SgdSettings(2, 7, 64))
                .withCurve(Method.SGD_MEAN, true);
        byte[] bytes = SessionCodec.encode(s);
        assertEquals(s, SessionCodec.decode(bytes).state().orElseThrow());
        ObjectNode root = (ObjectNode) MAPPER.readTree(bytes);
        assertEquals("1:0.6,2:1,0.5:0.2,1.5:1.1", root.get("data").get("points").asText());
        assertEquals(2, root.get("data").get("batch").asInt());
        assertFalse(root.get("model").has("points"), "the model is the per-example loss");
        assertFalse(((ObjectNode) defaultTree()).has("data"), "no data set, no data field");

        ((ObjectNode) root.get("data")).put("batch", 3);
        String msg = error(SessionCodec.decode(MAPPER.writeValueAsBytes(root)));
        assertTrue(msg.contains("batch size 3 does not divide n = 4 points; choose one of 1, 2, 4"), msg);
        ((ObjectNode) root.get("data")).put("batch", 2).put("points", "1:0.6,2:x");
        msg = error(SessionCodec.decode(MAPPER.writeValueAsBytes(root)));
        assertTrue(msg.contains("data.points") && msg.contains("'x'"), msg);
        ((ObjectNode) root.get("data")).put("points", "1:0.6,2:1.0,0.5:0.2,1.5:1.1");
        ((ObjectNode) root.get("model")).put("landscape", "rosenbrock").remove("constants");
        msg = error(SessionCodec.decode(MAPPER.writeValueAsBytes(root)));
        assertTrue(msg.contains("has no data point"), msg);
    }
}
