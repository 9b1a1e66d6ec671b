package org.igrexplorer.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated session files (seeded): the loader never throws, a failure always has a message, and a
 * failed open never changes the current state.
 */
class SessionFuzzTest {

    private static final long SEED = 0x16_2021L;
    private static final int FILES = 1_200;
    /** Every this many mutations go through a real file and {@link SessionManager#open}; the rest through the codec. */
    private static final int FILE_EVERY = 10;
    /** Most mutations must break the file; a fuzzer that mostly produced valid files would test little. */
    private static final double MIN_FAILURE_SHARE = 0.6;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNode[] ODD_VALUES = {
            MAPPER.getNodeFactory().textNode("NaN"), MAPPER.getNodeFactory().textNode("Infinity"),
            MAPPER.getNodeFactory().textNode("-1e999"), MAPPER.getNodeFactory().numberNode(1e308),
            MAPPER.getNodeFactory().numberNode(-1e308), MAPPER.getNodeFactory().numberNode(Long.MAX_VALUE),
            MAPPER.getNodeFactory().numberNode(new java.math.BigInteger("9".repeat(60))),
            MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")),
            MAPPER.getNodeFactory().numberNode(-1), MAPPER.getNodeFactory().numberNode(0),
            MAPPER.getNodeFactory().nullNode(), MAPPER.getNodeFactory().booleanNode(true),
            MAPPER.getNodeFactory().arrayNode(), MAPPER.getNodeFactory().objectNode(),
            MAPPER.getNodeFactory().textNode(""), MAPPER.getNodeFactory().textNode("gd"),
    };

    @Test
    void mutatedFilesNeverThrowAndNeverChangeTheCurrentState(@TempDir Path dir) throws Exception {
        Random rnd = new Random(SEED);
        SessionState original = Presets.RICOCHET.state();
        SessionManager manager = new SessionManager(original, new RecentFiles(dir.resolve("recent.json"), 5));
        List<SessionState> notified = new ArrayList<>();
        manager.addListener(notified::add);
        Path file = dir.resolve("fuzz.igr.json");
        int failures = 0;
        int successes = 0;
        int throughFiles = 0;
        for (int i = 0; i < FILES; i++) {
            SessionState base = SessionStates.random(rnd);
            byte[] bytes = mutate(SessionCodec.encode(base), rnd);
            SessionState before = manager.current();
            SessionLoadResult r;
            if (i % FILE_EVERY == 0) {
                // the whole path: a file on disk, opened as the File menu does
                Files.write(file, bytes);
                r = manager.open(file);
                assertEquals(r.isOk(), SessionCodec.decode(bytes).isOk(), "file and codec agree");
                throughFiles++;
            } else {
                r = manager.accept(SessionCodec.decode(bytes));
            }
            assertNotNull(r);
            if (r.isOk()) {
                successes++;
                // A file that still reads must give a fully valid state, and it is applied whole.
                assertSame(r.state().orElseThrow(), manager.current());
                manager.set(original);
            } else {
                failures++;
                String msg = r.error().orElseThrow();
                assertFalse(msg.isBlank(), "empty message for mutation " + i);
                int index = i;
                assertSame(before, manager.current(), () -> "state changed by failed file " + index + ": " + msg);
            }
        }
        assertTrue(throughFiles >= FILES / FILE_EVERY, "some mutations went through real files");
        assertTrue(failures >= MIN_FAILURE_SHARE * FILES, "only " + failures + " mutations failed");
        assertTrue(successes > 0, "no mutation kept a valid file (e.g. reordered or harmless changes)");
        assertEquals(successes * 2L, notified.size(), "each success notifies, and so does restoring the original");
    }

    private static byte[] mutate(byte[] valid, Random rnd) throws Exception {
        int kind = rnd.nextInt(9);
        switch (kind) {
            case 0: // truncation
                return Arrays.copyOf(valid, rnd.nextInt(valid.length));
            case 1: { // byte flips
                byte[] b = valid.clone();
                int flips = 1 + rnd.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    int at = rnd.nextInt(b.length);
                    b[at] = (byte) (b[at] ^ (1 << rnd.nextInt(8)));
                }
                return b;
            }
            case 2: { // random bytes spliced in
                byte[] noise = new byte[1 + rnd.nextInt(16)];
                rnd.nextBytes(noise);
                int at = rnd.nextInt(valid.length);
                byte[] b = new byte[valid.length + noise.length];
                System.arraycopy(valid, 0, b, 0, at);
                System.arraycopy(noise, 0, b, at, noise.length);
                System.arraycopy(valid, at, b, at + noise.length, valid.length - at);
                return b;
            }
            default:
                return treeMutation(valid, kind, rnd);
        }
    }

    private static byte[] treeMutation(byte[] valid, int kind, Random rnd) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(valid);
        List<ObjectNode> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(root, owners, names);
        int pick = rnd.nextInt(owners.size());
        ObjectNode owner = owners.get(pick);
        String name = names.get(pick);
        switch (kind) {
            case 3 -> owner.remove(name); // removed field
            case 4 -> owner.put("added" + rnd.nextInt(100), rnd.nextDouble()); // added field
            case 5 -> owner.set(name, ODD_VALUES[rnd.nextInt(ODD_VALUES.length)]); // type swap / odd value
            case 6 -> root.put("version", rnd.nextBoolean() ? 1 + rnd.nextInt(1000) : -rnd.nextInt(1000)); // version
            case 7 -> { // huge or tiny numbers in a numeric field
                double v = rnd.nextBoolean() ? Math.pow(10, 5 + rnd.nextInt(304)) : -Math.pow(10, -rnd.nextInt(320));
                owner.put(name, rnd.nextBoolean() ? v : -v);
            }
            default -> { // a list with a wrong or duplicate entry
                ArrayNode curves = (ArrayNode) root.get("curves");
                curves.add(rnd.nextBoolean() ? "gd" : "flow" + rnd.nextInt(9));
                curves.add("gd");
            }
        }
        String text = MAPPER.writeValueAsString(root);
        if (rnd.nextInt(4) == 0) {
            text = text.replace("0.", "NaN"); // NaN as a bare token, not valid JSON
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(ObjectNode node, List<ObjectNode> owners, List<String> names) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            owners.add(node);
            names.add(n);
            if (node.get(n).isObject()) {
                collect((ObjectNode) node.get(n), owners, names);
            }
        }
    }
}
