package org.igrexplorer.core.session;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.loss.ViewBox;

/**
 * Session files: versioned JSON ({@code "format": "igr-explorer-session", "version": 1}).
 *
 * <p>Reading is strict and all-or-nothing: the file must be well-formed JSON with exactly the
 * fields of its version, of the right types and in range; otherwise the result is a failure whose
 * message names the problems (at most {@value #MAX_REPORTED_PROBLEMS}). Reading never throws for bad
 * content. Numbers are written with {@link Double#toString}, so a save and a load give back an equal
 * state.
 *
 * <pre>
 * {
 *   "format" : "igr-explorer-session",
 *   "version" : 1,
 *   "parameters" : { "x" : 1.0, "y" : 0.6, "a0" : 2.8, "b0" : 3.5, "h" : 0.05, "mu" : 0.5, "steps" : 400 },
 *   "curves" : [ "gd", "exact", "modified", "egr" ],
 *   "camera" : { "yaw" : -35.0, "pitch" : 30.0, "distance" : 3.0, "panX" : 0.0, "panY" : 0.0 },
 *   "viewBox" : { "aMin" : -4.0, "aMax" : 4.0, "bMin" : -4.0, "bMax" : 4.0 },
 *   "heightMode" : "log",
 *   "panels" : [ "sweep" ],
 *   "preset" : "fig1a-near"
 * }
 * </pre>
 * {@code panels} and {@code preset} may be left out (none); every other field is required.
 */
public final class SessionCodec {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "igr-explorer-session";

    /** The version this program writes and reads. */
    public static final int VERSION = 1;

    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = 1 << 20;

    /** How many problems a failure message lists. */
    public static final int MAX_REPORTED_PROBLEMS = 6;

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "parameters", "curves", "camera",
            "viewBox", "heightMode", "panels", "preset");

    private static final ObjectMapper MAPPER = createMapper();

    private SessionCodec() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64).maxNumberLength(400).maxStringLength(MAX_BYTES).build())
                .build();
        ObjectMapper m = new ObjectMapper(factory);
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(SerializationFeature.INDENT_OUTPUT);
        return m;
    }

    /** @return the session as pretty-printed UTF-8 JSON */
    public static byte[] encode(SessionState s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode par = root.putObject("parameters");
        RunParameters rp = s.parameters();
        par.put("x", rp.model().constant("x"));
        par.put("y", rp.model().constant("y"));
        par.put("a0", rp.a0());
        par.put("b0", rp.b0());
        par.put("h", rp.h());
        par.put("mu", rp.mu());
        par.put("steps", rp.steps());
        ArrayNode curves = root.putArray("curves");
        s.visibleCurves().forEach(m -> curves.add(m.id()));
        ObjectNode cam = root.putObject("camera");
        cam.put("yaw", s.camera().yaw());
        cam.put("pitch", s.camera().pitch());
        cam.put("distance", s.camera().distance());
        cam.put("panX", s.camera().panX());
        cam.put("panY", s.camera().panY());
        ObjectNode box = root.putObject("viewBox");
        box.put("aMin", s.viewBox().aMin());
        box.put("aMax", s.viewBox().aMax());
        box.put("bMin", s.viewBox().bMin());
        box.put("bMax", s.viewBox().bMax());
        root.put("heightMode", s.heightMode().id());
        ArrayNode panels = root.putArray("panels");
        s.openPanels().forEach(p -> panels.add(p.id()));
        if (s.presetId() != null) {
            root.put("preset", s.presetId());
        } else {
            root.putNull("preset");
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a session", e);
        }
    }

    /** As {@link #decode(byte[])} for text. */
    public static SessionLoadResult decode(String json) {
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes the file content. Not modified.
     * @return the state, or a failure with a message; never throws for bad content
     */
    public static SessionLoadResult decode(byte[] bytes) {
        try {
            return decodeChecked(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive: every expected problem is reported above; this keeps the promise never to throw.
            return SessionLoadResult.failure("the session file could not be read (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")");
        }
    }

    private static SessionLoadResult decodeChecked(byte[] bytes) {
        if (bytes.length == 0) {
            return SessionLoadResult.failure("the session file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            return SessionLoadResult.failure("the file is too large to be a session (" + bytes.length
                    + " bytes, at most " + MAX_BYTES + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            return SessionLoadResult.failure("the session file is not valid JSON (it may be truncated or damaged): "
                    + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            return SessionLoadResult.failure("the session file could not be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return SessionLoadResult.failure("the session file contains no JSON value");
        }
        if (!root.isObject()) {
            return SessionLoadResult.failure("not an IGR Explorer session file: expected a JSON object, found "
                    + describe(root));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
            return SessionLoadResult.failure("not an IGR Explorer session file: \"format\" must be \"" + FORMAT
                    + "\", found " + describe(format));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            return SessionLoadResult.failure("the session file has no valid \"version\" number (found "
                    + describe(version) + "); this program reads version " + VERSION);
        }
        if (!version.canConvertToInt() || version.intValue() != VERSION) {
            boolean newer = version.bigIntegerValue().signum() > 0 && (!version.canConvertToInt() || version.intValue() > VERSION);
            return SessionLoadResult.failure(newer
                    ? "the session file was written by a newer IGR Explorer (file version " + version.asText()
                    + "); this program reads version " + VERSION + " only"
                    : "unknown session file version " + version.asText() + "; this program reads version " + VERSION);
        }
        Reader r = new Reader();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!TOP_FIELDS.contains(name)) {
                r.problem("unknown field \"" + name + "\"");
            }
        }
        RunParameters parameters = r.parameters(root.get("parameters"));
        Set<Method> curves = r.enumSet(root.get("curves"), "curves", true, Method.class, Method::fromId);
        Camera camera = r.camera(root.get("camera"));
        ViewBox box = r.viewBox(root.get("viewBox"));
        HeightMode heightMode = r.heightMode(root.get("heightMode"));
        Set<Panel> panels = r.enumSet(root.get("panels"), "panels", false, Panel.class, Panel::fromId);
        String preset = r.preset(root.get("preset"));
        if (!r.problems.isEmpty()) {
            return SessionLoadResult.failure(r.message());
        }
        return SessionLoadResult.ok(new SessionState(parameters, curves, camera, box, heightMode, panels, preset));
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        String text = n.isTextual() ? "the text \"" + n.textValue() + "\""
                : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + n;
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }

    /** Collects problems while reading the fields of one file. */
    private static final class Reader {
        final List<String> problems = new ArrayList<>();

        void problem(String p) {
            problems.add(p);
        }

        String message() {
            List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_REPORTED_PROBLEMS));
            String more = problems.size() > shown.size() ? "; and " + (problems.size() - shown.size()) + " more" : "";
            return "the session file is not valid: " + String.join("; ", shown) + more;
        }

        ObjectNode object(JsonNode n, String name, Set<String> fields) {
            if (n == null) {
                problem("missing field \"" + name + "\"");
                return null;
            }
            if (!n.isObject()) {
                problem("\"" + name + "\" must be an object, found " + describe(n));
                return null;
            }
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!fields.contains(f)) {
                    problem("unknown field \"" + name + "." + f + "\"");
                }
            }
            return (ObjectNode) n;
        }

        double number(ObjectNode o, String object, String field) {
            JsonNode n = o.get(field);
            if (n == null) {
                problem("missing field \"" + object + "." + field + "\"");
                return Double.NaN;
            }
            if (!n.isNumber()) {
                problem("\"" + object + "." + field + "\" must be a number, found " + describe(n));
                return Double.NaN;
            }
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                problem("\"" + object + "." + field + "\" is out of range: " + n.asText());
                return Double.NaN;
            }
            return v;
        }

        RunParameters parameters(JsonNode n) {
            ObjectNode o = object(n, "parameters", Set.of("x", "y", "a0", "b0", "h", "mu", "steps"));
            if (o == null) {
                return null;
            }
            int before = problems.size();
            double x = number(o, "parameters", "x");
            double y = number(o, "parameters", "y");
            double a0 = number(o, "parameters", "a0");
            double b0 = number(o, "parameters", "b0");
            double h = number(o, "parameters", "h");
            double mu = number(o, "parameters", "mu");
            long steps = 0;
            JsonNode s = o.get("steps");
            if (s == null) {
                problem("missing field \"parameters.steps\"");
            } else if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                problem("\"parameters.steps\" must be a whole number, found " + describe(s));
            } else {
                steps = s.longValue();
            }
            if (problems.size() > before) {
                return null;
            }
            List<String> p = RunSettings.problems(a0, b0, h, mu, steps);
            p.forEach(m -> problem("parameters: " + m));
            return p.isEmpty() ? RunParameters.paper(x, y, a0, b0, h, mu, (int) steps) : null;
        }

        Camera camera(JsonNode n) {
            ObjectNode o = object(n, "camera", Set.of("yaw", "pitch", "distance", "panX", "panY"));
            if (o == null) {
                return null;
            }
            int before = problems.size();
            double yaw = number(o, "camera", "yaw");
            double pitch = number(o, "camera", "pitch");
            double distance = number(o, "camera", "distance");
            double panX = number(o, "camera", "panX");
            double panY = number(o, "camera", "panY");
            if (problems.size() > before) {
                return null;
            }
            List<String> p = Camera.problems(yaw, pitch, distance, panX, panY);
            p.forEach(this::problem);
            return p.isEmpty() ? new Camera(yaw, pitch, distance, panX, panY) : null;
        }

        ViewBox viewBox(JsonNode n) {
            ObjectNode o = object(n, "viewBox", Set.of("aMin", "aMax", "bMin", "bMax"));
            if (o == null) {
                return null;
            }
            int before = problems.size();
            double aMin = number(o, "viewBox", "aMin");
            double aMax = number(o, "viewBox", "aMax");
            double bMin = number(o, "viewBox", "bMin");
            double bMax = number(o, "viewBox", "bMax");
            if (problems.size() > before) {
                return null;
            }
            List<String> p = ViewBox.problems(aMin, aMax, bMin, bMax);
            p.forEach(this::problem);
            return p.isEmpty() ? new ViewBox(aMin, aMax, bMin, bMax) : null;
        }

        HeightMode heightMode(JsonNode n) {
            if (n == null) {
                problem("missing field \"heightMode\"");
                return null;
            }
            if (!n.isTextual()) {
                problem("\"heightMode\" must be \"clip\" or \"log\", found " + describe(n));
                return null;
            }
            try {
                return HeightMode.fromId(n.textValue());
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return null;
            }
        }

        <E extends Enum<E>> Set<E> enumSet(JsonNode n, String name, boolean required, Class<E> type,
                                           Function<String, E> parse) {
            EnumSet<E> out = EnumSet.noneOf(type);
            if (n == null || (!required && n.isNull())) {
                if (required) {
                    problem("missing field \"" + name + "\"");
                }
                return out;
            }
            if (!n.isArray()) {
                problem("\"" + name + "\" must be a list of names, found " + describe(n));
                return out;
            }
            for (JsonNode e : n) {
                if (!e.isTextual()) {
                    problem("\"" + name + "\" must hold names only, found " + describe(e));
                    continue;
                }
                try {
                    if (!out.add(parse.apply(e.textValue()))) {
                        problem("\"" + name + "\" names " + e.textValue() + " twice");
                    }
                } catch (IllegalArgumentException ex) {
                    problem(ex.getMessage());
                }
            }
            return out;
        }

        String preset(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual() || !SessionState.isValidPresetId(n.textValue())) {
                problem("\"preset\" must be a preset id (lowercase letters, digits, '-') or null, found "
                        + describe(n));
                return null;
            }
            return n.textValue();
        }
    }
}
