package org.igrexplorer.core.loss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The built-in landscapes, each with a one-line explanation of what it shows, and the factory that
 * turns a {@link LandscapeSpec} into a {@link Landscape}.
 */
public final class Landscapes {

    /**
     * A built-in: its name, its constants' defaults and how to build it.
     *
     * @param name     identifier for the command line and sessions
     * @param defaults the constants and their default values (empty if none)
     * @param factory  builds the landscape from a full set of constants
     */
    private record Builtin(String name, Map<String, Double> defaults, Function<Map<String, Double>, Landscape> factory) {
    }

    /** The functions a typed loss may use. */
    public static final String TYPED_FUNCTIONS = ExpressionLandscape.FUNCTION_LIST;

    /** How to write a typed loss: for help texts and tooltips. */
    public static final String TYPED_SYNTAX = "an expression in a and b: numbers (2, 0.5, 1e-3), + - * / ^, unary minus, "
            + "parentheses, the functions " + TYPED_FUNCTIONS + " (trigonometry in radians), the constants pi and e. "
            + "^ binds tighter than unary minus, so -a^2 means -(a^2), and is right-associative; there is no implicit "
            + "multiplication (write 2*a, not 2a). Non-smooth functions such as abs are allowed, but the theory "
            + "assumes a smooth loss.";

    private static final Map<String, Builtin> BUILTINS = new LinkedHashMap<>();

    static {
        add(TwoParameterModel.NAME, Map.of("x", 1.0, "y", 0.6), c -> new TwoParameterModel(c.get("x"), c.get("y")));
        add("valley", Map.of(), c -> valley());
        add("rosenbrock", Map.of("k", 100.0), c -> rosenbrock(c.get("k")));
        add("himmelblau", Map.of(), c -> himmelblau());
        add("quadratic", Map.of("kappa", 10.0), c -> quadratic(c.get("kappa")));
        add("ring", Map.of(), c -> ring());
        add("saddle", Map.of(), c -> saddle());
    }

    private static final int CACHE_SIZE = 64;
    private static final Map<LandscapeSpec, Landscape> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<LandscapeSpec, Landscape> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private Landscapes() {
    }

    private static void add(String name, Map<String, Double> defaults, Function<Map<String, Double>, Landscape> f) {
        BUILTINS.put(name, new Builtin(name, new TreeMap<>(defaults), f));
    }

    /** @return the built-ins' names, in menu order */
    public static List<String> names() {
        return List.copyOf(BUILTINS.keySet());
    }

    /** @return each built-in with its default constants, in menu order */
    public static List<Landscape> builtins() {
        List<Landscape> out = new ArrayList<>();
        for (Builtin b : BUILTINS.values()) {
            out.add(build(LandscapeSpec.builtin(b.name, b.defaults)));
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the default spec of a built-in (its constants at their defaults) */
    public static Optional<LandscapeSpec> defaultSpec(String name) {
        Builtin b = BUILTINS.get(name.trim().toLowerCase(Locale.ROOT));
        return b == null ? Optional.empty() : Optional.of(LandscapeSpec.builtin(b.name, b.defaults));
    }

    /**
     * @return the landscape of a spec; a built-in's missing constants take their defaults
     * @throws LossSyntaxException      for a typed loss that does not parse
     * @throws IllegalArgumentException for an unknown built-in or an unknown constant
     */
    public static Landscape build(LandscapeSpec spec) {
        Landscape cached = CACHE.get(spec);
        if (cached != null) {
            return cached;
        }
        Landscape l;
        if (spec.hasData()) {
            l = DataSetLoss.of(new ExampleLoss(spec.withData(null)), spec.data());
        } else if (spec.isTyped()) {
            l = ExpressionLandscape.parse(spec.expression(), spec.constants());
        } else {
            Builtin b = BUILTINS.get(spec.name());
            if (b == null) {
                throw new IllegalArgumentException("unknown landscape '" + spec.name() + "' (expected one of "
                        + String.join(", ", BUILTINS.keySet()) + ")");
            }
            Map<String, Double> c = new TreeMap<>(b.defaults);
            for (Map.Entry<String, Double> e : spec.constants().entrySet()) {
                if (!b.defaults.containsKey(e.getKey())) {
                    throw new IllegalArgumentException("landscape " + b.name + " has no constant '" + e.getKey() + "'"
                            + (b.defaults.isEmpty() ? "" : " (its constants: " + String.join(", ", b.defaults.keySet())
                            + ")"));
                }
                c.put(e.getKey(), e.getValue());
            }
            l = b.factory.apply(c);
        }
        CACHE.put(spec, l);
        return l;
    }

    // ---- the built-ins ----

    /** E = (1 + a²) b²/2: every (a, 0) is a minimum with sharpness 1 + a². */
    private static Landscape valley() {
        return BuiltinLandscape.builder("valley", "(1 + a^2)*b^2/2", Map.of())
                .describe("Valley of varying sharpness", "(1 + a²)·b²/2",
                        "every point (a, 0) is a minimum with sharpness 1 + a²: the modified flow drifts toward a = 0, "
                                + "and GD with large h cannot settle where h(1 + a²) > 2")
                .view(new ViewBox(-3.5, 3.5, -2.5, 2.5), 2.5, 1.5, 0.2, 400)
                .minima(Minima.ofCurves("minima b = 0 (sharpness 1 + a²)",
                        (box, n) -> line(box.aMin() - 1, 0, box.aMax() + 1, 0, n)), (a0, b0) -> new double[] {0, 0})
                .conserved(new ConservedQuantity("ln|a| + (a² − b²)/2", "\\ln|a| + \\frac{a^2 - b^2}{2}",
                        "along the exact flow da/db = ab/(1 + a²), so ln|a| + a²/2 − b²/2 stays constant",
                        (a, b) -> Math.log(Math.abs(a)) + 0.5 * (a * a - b * b)))
                .arcs(h -> {
                    double r2 = 2.0 / h - 1.0;
                    if (!(r2 > 0)) {
                        return List.of();
                    }
                    double r = Math.sqrt(r2);
                    return List.of(new StabilityArc.Segment(new double[] {-r, 0}, new double[] {r, 0}));
                })
                .sumOfSquares()
                .build();
    }

    private static Landscape rosenbrock(double k) {
        return BuiltinLandscape.builder("rosenbrock", "(1 - a)^2 + k*(b - a^2)^2", Map.of("k", k))
                .describe("Rosenbrock", "(1 − a)² + " + fmt(k) + "·(b − a²)²",
                        "a curved, narrow valley to the minimum (1, 1): GD must take small steps across it and "
                                + "crawls along it")
                .view(new ViewBox(-2, 2, -1, 3), -1.2, 1.0, 0.1 / Math.max(1.0, k), 2000)
                .minima(Minima.ofPoints("minimum (1, 1)", new double[] {1, 1}), (a0, b0) -> new double[] {1, 1})
                .sumOfSquares()
                .build();
    }

    /** The four minima of Himmelblau's function, refined by Newton's method from rounded seeds. */
    static double[][] himmelblauMinima(ExpressionLandscape e) {
        double[][] seeds = {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}};
        double[][] out = new double[4][];
        double[] g = new double[2];
        double[][] h = new double[2][2];
        for (int i = 0; i < 4; i++) {
            double[] p = seeds[i].clone();
            for (int it = 0; it < 20; it++) {
                e.gradient(p, g);
                e.hessian(p, h);
                double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
                p[0] -= (h[1][1] * g[0] - h[0][1] * g[1]) / det;
                p[1] -= (h[0][0] * g[1] - h[1][0] * g[0]) / det;
            }
            out[i] = p;
        }
        return out;
    }

    private static Landscape himmelblau() {
        ExpressionLandscape e = ExpressionLandscape.parse("(a^2 + b - 11)^2 + (a + b^2 - 7)^2");
        double[][] minima = himmelblauMinima(e);
        double[] flattest = minima[0];
        for (double[] m : minima) {
            if (Hessians.largestEigenvalue(e, m) < Hessians.largestEigenvalue(e, flattest)) {
                flattest = m;
            }
        }
        double[] f = flattest;
        return BuiltinLandscape.builder("himmelblau", "(a^2 + b - 11)^2 + (a + b^2 - 7)^2", Map.of())
                .describe("Himmelblau", "(a² + b − 11)² + (a + b² − 7)²",
                        "four minima of different sharpness: as h grows the sharper ones stop being stable "
                                + "and GD can only settle at the flatter ones")
                .view(ViewBox.square(5.5), 0.0, 0.0, 0.01, 400)
                .minima(Minima.ofPoints("minima (four)", minima), (a0, b0) -> f.clone())
                .sumOfSquares()
                .build();
    }

    private static Landscape quadratic(double kappa) {
        return BuiltinLandscape.builder("quadratic", "(a^2 + kappa*b^2)/2", Map.of("kappa", kappa))
                .describe("Ill-conditioned quadratic", "(a² + " + fmt(kappa) + "·b²)/2",
                        "one minimum with curvatures 1 and κ = " + fmt(kappa) + ": h is limited by the steep "
                                + "direction (h·κ < 2) while progress along the flat one is slow")
                .view(ViewBox.square(3), 2.5, 2.0, 0.15 / Math.max(1.0, kappa), 400)
                .minima(Minima.ofPoints("minimum (0, 0)", new double[] {0, 0}), (a0, b0) -> new double[] {0, 0})
                .sumOfSquares()
                .build();
    }

    private static Landscape ring() {
        return BuiltinLandscape.builder("ring", "(a^2 + b^2 - 1)^2/4", Map.of())
                .describe("Ring of minima", "(a² + b² − 1)²/4",
                        "a circle of minima, all equally sharp (λ_max = 2): GD settles on the ring for h < 1 "
                                + "and nowhere for h > 1; the flows move only radially")
                .view(ViewBox.square(2), 1.5, 1.1, 0.2, 400)
                .minima(Minima.ofCurves("minima a² + b² = 1",
                                Minima.parametric(t -> new double[] {Math.cos(t), Math.sin(t)}, 0, 2 * Math.PI)),
                        (a0, b0) -> {
                            double r = Math.hypot(a0, b0);
                            return r == 0 ? new double[] {1, 0} : new double[] {a0 / r, b0 / r};
                        })
                .conserved(new ConservedQuantity("angle atan2(b, a)", "\\operatorname{atan2}(b, a)",
                        "∇E points along θ, so the exact flow moves only radially",
                        (a, b) -> Math.atan2(b, a)))
                .arcs(h -> {
                    if (!(2.0 * h < 2.0)) {
                        return List.of();
                    }
                    int n = 361;
                    double[][] pts = new double[n][];
                    for (int i = 0; i < n; i++) {
                        double t = 2 * Math.PI * i / (n - 1);
                        pts[i] = new double[] {Math.cos(t), Math.sin(t)};
                    }
                    return List.of(new StabilityArc.Polyline(pts));
                })
                .sumOfSquares()
                .build();
    }

    private static Landscape saddle() {
        return BuiltinLandscape.builder("saddle", "(a^2 - b^2)/2", Map.of())
                .describe("Saddle", "(a² − b²)/2",
                        "a saddle at the origin and no minimum: every run except those on b = 0 leaves along b, "
                                + "GD the faster the larger h")
                .view(ViewBox.square(3), 2.5, 0.05, 0.1, 60)
                .conserved(new ConservedQuantity("a·b", "ab", "a' = −a and b' = b, so ab stays constant",
                        (a, b) -> a * b))
                .build();
    }

    private static double[][] line(double a0, double b0, double a1, double b1, int n) {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double s = (double) i / (n - 1);
            out[i] = new double[] {a0 + s * (a1 - a0), b0 + s * (b1 - b0)};
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
