package org.igrexplorer.core.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.io.ParametersJson;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.ViewBox;
import org.igrexplorer.core.loss.DataSet;

/**
 * Session files: versioned JSON ({@code "format": "igr-explorer-session", "version": 2}), bound to
 * records by Jackson databind.
 *
 * <p>Reading is strict and all-or-nothing. The tree is checked first (well-formed JSON, an object, the
 * format, a version this program reads), then bound to the records of that version with unknown fields,
 * wrong types and missing fields refused (the message names the JSON path, e.g. {@code "run.steps"}),
 * then every value is checked for range (at most {@value #MAX_REPORTED_PROBLEMS} problems listed).
 * Reading never throws for bad content. Numbers are written with {@link Double#toString}, so a save and
 * a load give back an equal state. Version 1 files (the paper's model only, {@code "parameters": {"x",
 * "y", "a0", "b0", "h", "mu", "steps"}}) still open.
 *
 * <pre>
 * {
 *   "format" : "igr-explorer-session",
 *   "version" : 2,
 *   "model" : { "landscape" : "paper", "constants" : { "x" : 1.0, "y" : 0.6 } },
 *   "run" : { "a0" : 2.8, "b0" : 3.5, "h" : 0.05, "mu" : 0.5, "steps" : 400 },
 *   "curves" : [ "gd", "exact", "modified", "egr" ],
 *   "camera" : { "yaw" : -35.0, "pitch" : 30.0, "distance" : 3.0, "panX" : 0.0, "panY" : 0.0 },
 *   "viewBox" : { "aMin" : -4.0, "aMax" : 4.0, "bMin" : -4.0, "bMax" : 4.0 },
 *   "heightMode" : "log",
 *   "panels" : [ "sweep" ],
 *   "preset" : "fig1a-near"
 * }
 * </pre>
 * A typed loss is {@code "model" : { "landscape" : "typed", "expression" : "(1-a)^2 + 100*(b-a^2)^2",
 * "constants" : { } }}. A loss averaged over a data set has its model as the per-example loss and
 * {@code "data" : { "points" : "1:0.6,2:1.0", "batch" : 1, "seed" : 3, "samples" : 256 }} (the shape the
 * trajectories JSON gives it; the batch divides n). {@code panels}, {@code preset} and {@code data} may be
 * left out (none; no data set); every other field is required.
 */
public final class SessionCodec {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "igr-explorer-session";

    /** The version this program writes (it reads this one and {@value #VERSION_1}). */
    public static final int VERSION = 2;

    /** The first version: the paper's model only. */
    public static final int VERSION_1 = 1;

    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = 1 << 20;

    /** How many problems a failure message lists. */
    public static final int MAX_REPORTED_PROBLEMS = 6;

    private static final ObjectMapper MAPPER = createMapper();
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']*)'");

    private SessionCodec() {
    }

    /** The camera as stored. */
    record CameraJson(@JsonProperty(required = true) double yaw, @JsonProperty(required = true) double pitch,
                      @JsonProperty(required = true) double distance, @JsonProperty(required = true) double panX,
                      @JsonProperty(required = true) double panY) {
    }

    /** The view box as stored. */
    record BoxJson(@JsonProperty(required = true) double aMin, @JsonProperty(required = true) double aMax,
                   @JsonProperty(required = true) double bMin, @JsonProperty(required = true) double bMax) {
    }

    /**
     * A data set and SGD's settings as stored, in the shape the trajectories JSON gives them: the points as
     * "x:y,…", the batch size, the seed and the Monte Carlo samples.
     */
    record DataJson(@JsonProperty(required = true) String points, @JsonProperty(required = true) long batch,
                    @JsonProperty(required = true) long seed, @JsonProperty(required = true) long samples) {
    }

    /** A version 2 file. */
    record FileV2(@JsonProperty(required = true) String format, @JsonProperty(required = true) int version,
                  @JsonProperty(required = true) ParametersJson.Model model,
                  @JsonProperty(required = true) ParametersJson.Run run,
                  @JsonProperty(required = true) List<String> curves,
                  @JsonProperty(required = true) CameraJson camera,
                  @JsonProperty(required = true) BoxJson viewBox,
                  @JsonProperty(required = true) String heightMode,
                  List<String> panels, @JsonInclude(JsonInclude.Include.ALWAYS) String preset,
                  @JsonInclude(JsonInclude.Include.NON_NULL) DataJson data) {
    }

    /** The parameters of a version 1 file: the paper's data point and the run. */
    record ParametersV1(@JsonProperty(required = true) double x, @JsonProperty(required = true) double y,
                        @JsonProperty(required = true) double a0, @JsonProperty(required = true) double b0,
                        @JsonProperty(required = true) double h, @JsonProperty(required = true) double mu,
                        @JsonProperty(required = true) long steps) {
    }

    /** A version 1 file. */
    record FileV1(@JsonProperty(required = true) String format, @JsonProperty(required = true) int version,
                  @JsonProperty(required = true) ParametersV1 parameters,
                  @JsonProperty(required = true) List<String> curves,
                  @JsonProperty(required = true) CameraJson camera,
                  @JsonProperty(required = true) BoxJson viewBox,
                  @JsonProperty(required = true) String heightMode,
                  List<String> panels, String preset) {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64).maxNumberLength(400).maxStringLength(MAX_BYTES).build())
                .build();
        JsonMapper m = JsonMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        // text stays text and numbers stay numbers: no "3" for 3, no 3 for "log"
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Float, LogicalType.Integer}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        return m;
    }

    /** @return the session as pretty-printed UTF-8 JSON (version {@value #VERSION}) */
    public static byte[] encode(SessionState s) {
        Camera c = s.camera();
        ViewBox b = s.viewBox();
        LandscapeSpec model = s.parameters().model();
        SgdSettings sgd = s.sgd();
        FileV2 f = new FileV2(FORMAT, VERSION, ParametersJson.Model.of(model.withData(null)),
                ParametersJson.Run.of(s.parameters().run()), ids(s.visibleCurves(), Method::id),
                new CameraJson(c.yaw(), c.pitch(), c.distance(), c.panX(), c.panY()),
                new BoxJson(b.aMin(), b.aMax(), b.bMin(), b.bMax()), s.heightMode().id(),
                ids(s.openPanels(), Panel::id), s.presetId(),
                model.hasData() ? new DataJson(model.data().format(), sgd.batch(), sgd.seed(), sgd.samples()) : null);
        try {
            return MAPPER.writeValueAsBytes(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a session", e);
        }
    }

    private static <E> List<String> ids(Collection<E> values, Function<E, String> id) {
        return values.stream().map(id).toList();
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
                    + describe(version) + "); this program reads versions " + VERSION_1 + " and " + VERSION);
        }
        int v = version.canConvertToInt() ? version.intValue() : -1;
        if (v != VERSION && v != VERSION_1) {
            boolean newer = version.bigIntegerValue().signum() > 0 && (!version.canConvertToInt() || v > VERSION);
            return SessionLoadResult.failure(newer
                    ? "the session file was written by a newer IGR Explorer (file version " + version.asText()
                    + "); this program reads versions " + VERSION_1 + " and " + VERSION + " only"
                    : "unknown session file version " + version.asText() + "; this program reads versions "
                    + VERSION_1 + " and " + VERSION);
        }
        Checker c = new Checker();
        try {
            if (v == VERSION) {
                FileV2 f = MAPPER.treeToValue(root, FileV2.class);
                return c.state(c.model(f.model()), c.run(f.run()), f.curves(), f.camera(), f.viewBox(),
                        f.heightMode(), f.panels(), f.preset(), f.data());
            }
            FileV1 f = MAPPER.treeToValue(root, FileV1.class);
            ParametersV1 p = f.parameters();
            LandscapeSpec paper = c.model(new ParametersJson.Model(LandscapeSpec.PAPER.name(), null,
                    Map.of("x", p.x(), "y", p.y())), "parameters");
            RunSettings run = c.run(new ParametersJson.Run(p.a0(), p.b0(), p.h(), p.mu(), p.steps()), "parameters");
            return c.state(paper, run, f.curves(), f.camera(), f.viewBox(), f.heightMode(), f.panels(), f.preset(),
                    null);
        } catch (JsonMappingException e) {
            return SessionLoadResult.failure("the session file is not valid: " + message(e));
        } catch (JsonProcessingException e) {
            return SessionLoadResult.failure("the session file is not valid: " + e.getOriginalMessage());
        }
    }

    /** @return the problem of a binding failure with its JSON path, e.g. "run.steps" must be a whole number */
    private static String message(JsonMappingException e) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field \"" + path + "\"";
        }
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            String name = missing.group(1);
            boolean named = path.equals(name) || path.endsWith("." + name);
            return "missing field \"" + (named || path.isEmpty() ? path.isEmpty() ? name : path : path + "." + name) + "\"";
        }
        if (e.getCause() instanceof InputCoercionException) {
            return "\"" + path + "\" is out of range";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            String kind;
            if (t == double.class || t == Double.class) {
                kind = "must be a number";
            } else if (t == long.class || t == int.class || t == Long.class || t == Integer.class) {
                kind = "must be a whole number";
            } else if (t == String.class) {
                kind = "must be text";
            } else if (List.class.isAssignableFrom(t) || t.isArray()) {
                kind = "must be a list of names";
            } else {
                kind = "must be an object";
            }
            return "\"" + path + "\" " + kind;
        }
        return "\"" + path + "\": " + e.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
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
                : n.getNodeType().name().toLowerCase(Locale.ROOT) + " " + n;
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }

    /** Checks the bound values for range, collecting every problem. */
    private static final class Checker {
        final List<String> problems = new ArrayList<>();

        LandscapeSpec model(ParametersJson.Model m) {
            return model(m, "model");
        }

        LandscapeSpec model(ParametersJson.Model m, String where) {
            try {
                return m.toSpec();
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                return null;
            }
        }

        RunSettings run(ParametersJson.Run r) {
            return run(r, "run");
        }

        RunSettings run(ParametersJson.Run r, String where) {
            List<String> p = r.problems();
            p.forEach(m -> problems.add(where + ": " + m));
            return p.isEmpty() ? r.toSettings() : null;
        }

        SessionLoadResult state(LandscapeSpec model, RunSettings run, List<String> curveIds, CameraJson cam,
                                BoxJson box, String mode, List<String> panelIds, String preset, DataJson data) {
            Set<Method> curves = names(curveIds, "curves", true, Method.class, Method::fromId);
            Camera camera = null;
            List<String> cp = Camera.problems(cam.yaw(), cam.pitch(), cam.distance(), cam.panX(), cam.panY());
            problems.addAll(cp);
            if (cp.isEmpty()) {
                camera = new Camera(cam.yaw(), cam.pitch(), cam.distance(), cam.panX(), cam.panY());
            }
            ViewBox viewBox = null;
            List<String> bp = ViewBox.problems(box.aMin(), box.aMax(), box.bMin(), box.bMax());
            problems.addAll(bp);
            if (bp.isEmpty()) {
                viewBox = new ViewBox(box.aMin(), box.aMax(), box.bMin(), box.bMax());
            }
            HeightMode heightMode = null;
            if (mode == null) {
                problems.add("\"heightMode\" must be \"clip\" or \"log\", found null");
            } else {
                try {
                    heightMode = HeightMode.fromId(mode);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            Set<Panel> panels = names(panelIds == null ? null : panelIds.stream().filter(id -> !Panel.isRetired(id)).toList(),
                    "panels", false, Panel.class, Panel::fromId);
            if (preset != null && !SessionState.isValidPresetId(preset)) {
                problems.add("\"preset\" must be a preset id (lowercase letters, digits, '-') or null, found \""
                        + (preset.length() > 40 ? preset.substring(0, 37) + "…" : preset) + "\"");
            }
            SgdSettings sgd = SgdSettings.DEFAULT;
            if (data != null) {
                List<String> sp = SgdSettings.problems(data.batch(), data.seed(), data.samples());
                sp.forEach(m -> problems.add("data: " + m));
                if (sp.isEmpty()) {
                    sgd = new SgdSettings((int) data.batch(), data.seed(), (int) data.samples());
                }
                DataSet d = null;
                try {
                    d = DataSet.parse(data.points() == null ? "" : data.points());
                } catch (IllegalArgumentException e) {
                    problems.add("\"data.points\": " + e.getMessage());
                }
                if (d != null && model != null) {
                    try {
                        model = model.withData(d);
                        model.landscape();
                    } catch (IllegalArgumentException e) {
                        problems.add("data: " + e.getMessage());
                    }
                    if (sp.isEmpty() && sgd.problems(d) != null) {
                        problems.add("data: " + sgd.problems(d));
                    }
                }
            }
            if (!problems.isEmpty()) {
                List<String> shown = problems.subList(0, Math.min(problems.size(), MAX_REPORTED_PROBLEMS));
                String more = problems.size() > shown.size() ? "; and " + (problems.size() - shown.size()) + " more"
                        : "";
                return SessionLoadResult.failure("the session file is not valid: " + String.join("; ", shown) + more);
            }
            return SessionLoadResult.ok(new SessionState(new RunParameters(model, run), curves, camera, viewBox,
                    heightMode, panels, preset, sgd));
        }

        <E extends Enum<E>> Set<E> names(List<String> ids, String name, boolean required, Class<E> type,
                                        Function<String, E> parse) {
            EnumSet<E> out = EnumSet.noneOf(type);
            if (ids == null) {
                if (required) {
                    problems.add("\"" + name + "\" must be a list of names, found null");
                }
                return out;
            }
            for (String id : ids) {
                if (id == null) {
                    problems.add("\"" + name + "\" must hold names only, found null");
                    continue;
                }
                try {
                    if (!out.add(parse.apply(id))) {
                        problems.add("\"" + name + "\" names " + id + " twice");
                    }
                } catch (IllegalArgumentException ex) {
                    problems.add(ex.getMessage());
                }
            }
            return out;
        }
    }
}
