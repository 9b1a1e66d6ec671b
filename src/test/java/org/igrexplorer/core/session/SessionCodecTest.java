package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
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
        assertEquals(1, root.get("version").asInt());
        assertEquals(0.05, root.get("parameters").get("h").asDouble());
        assertEquals("log", root.get("heightMode").asText());
    }

    @Test
    void newerVersionIsRefusedWithAClearMessage() throws Exception {
        ObjectNode root = defaultTree();
        root.put("version", 2);
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
            "parameters.h|\"NaN\"|must be a number",
            "parameters.h|-0.1|h must be > 0",
            "parameters.steps|2.5|whole number",
            "parameters.steps|99999999999999999999|whole number",
            "parameters.mu|1e400|out of range",
            "camera.pitch|120|pitch",
            "camera.distance|0|distance",
            "viewBox.aMax|-5|aMin < aMax",
            "curves|\"gd\"|list of names",
            "heightMode|3|clip",
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
        for (String field : Set.of("parameters", "curves", "camera", "viewBox", "heightMode")) {
            ObjectNode root = defaultTree();
            root.remove(field);
            String msg = error(SessionCodec.decode(MAPPER.writeValueAsBytes(root)));
            assertTrue(msg.contains("missing field \"" + field + "\""), msg);
        }
        ObjectNode root = defaultTree();
        ((ObjectNode) root.get("camera")).remove("yaw");
        assertTrue(error(SessionCodec.decode(MAPPER.writeValueAsBytes(root))).contains("camera.yaw"));
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
}
