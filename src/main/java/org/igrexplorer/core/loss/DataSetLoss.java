package org.igrexplorer.core.loss;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.igrexplorer.core.Checks;

/**
 * The data-set loss E(a, b) = (1/n) Σ_i ℓ(a, b; x_i, y_i) as a {@link Landscape}: value, ∇E, H and ∇³E[v, v] are
 * the means of the per-example ones, so every flow, modified flow and panel works on it unchanged; the
 * per-example losses ℓ_i and batch gradients ∇Ê_k are here for SGD.
 * <p>
 * For the paper's model, E = (1/2n) Σ (y_i − ab x_i)² = (S_xx/2n)(ab − c)² + E_min with c = S_xy/S_xx and
 * E_min = (S_yy − S_xy²/S_xx)/(2n) (S_xx = Σx_i², S_xy = Σx_i y_i, S_yy = Σy_i²): the single-point model with
 * x̄ = sqrt(S_xx/n), ȳ = c·x̄, shifted by E_min. Its minima (ab = c), flattest minimum, conserved a² − b², stable
 * arcs and catapult curvature are those of the paper's single-point model at (x̄, ȳ), and E, ∇E, H, ∇³E are computed from
 * it in O(1). A typed per-example loss has none of these closed forms and is summed point by point.
 * <p>
 * {@link #spec()} is the per-example loss's spec (the data are {@link #data()}); immutable and thread-safe.
 */
public final class DataSetLoss implements Landscape {

    /** Relative size of S_yy − S_xy²/S_xx below which the data count as fit exactly (E_min = 0). */
    static final double EXACT_FIT = 1e-13;

    private final ExampleLoss exampleLoss;
    private final DataSet data;
    private final Landscape[] examples;
    /** The paper's model: the single-point model at (x̄, ȳ); null for a typed loss. */
    private final Landscape equivalent;
    /** The paper's model: x̄ = sqrt(S_xx/n); NaN for a typed loss. */
    private final double xBar;
    /** The paper's model: E − equivalent's loss, E_min ≥ 0. */
    private final double minimumLoss;

    private DataSetLoss(ExampleLoss exampleLoss, DataSet data) {
        this.exampleLoss = exampleLoss;
        this.data = data;
        int n = data.size();
        this.examples = new Landscape[n];
        for (int i = 0; i < n; i++) {
            examples[i] = exampleLoss.at(data.x(i), data.y(i));
        }
        if (exampleLoss.isPaper()) {
            double sxx = data.sumXx();
            double sxy = data.sumXy();
            double syy = data.sumYy();
            if (sxx > 0) {
                this.xBar = Math.sqrt(sxx / n);
                this.equivalent = paperModel(xBar, xBar * (sxy / sxx));
                // S_yy − S_xy²/S_xx cancels: below rounding of S_yy it is 0 (the data are fit exactly)
                double rest = syy - sxy * sxy / sxx;
                this.minimumLoss = rest <= EXACT_FIT * syy ? 0.0 : rest / (2.0 * n);
            } else {
                this.xBar = 0.0;
                this.equivalent = paperModel(0.0, Math.sqrt(syy / n));
                this.minimumLoss = 0.0;
            }
        } else {
            this.xBar = Double.NaN;
            this.equivalent = null;
            this.minimumLoss = Double.NaN;
        }
    }

    private static Landscape paperModel(double x, double y) {
        return LandscapeSpec.builtin(LandscapeSpec.PAPER.name(), Map.of("x", x, "y", y)).landscape();
    }

    /**
     * @param exampleLoss the per-example loss ℓ
     * @param data        the points
     * @return E = (1/n) Σ ℓ(·; x_i, y_i)
     */
    public static DataSetLoss of(ExampleLoss exampleLoss, DataSet data) {
        return new DataSetLoss(Objects.requireNonNull(exampleLoss, "exampleLoss"), Objects.requireNonNull(data, "data"));
    }

    /** @return the paper's model on {@code data} */
    public static DataSetLoss paper(DataSet data) {
        return of(ExampleLoss.PAPER, data);
    }

    /** @return the per-example loss */
    public ExampleLoss exampleLoss() {
        return exampleLoss;
    }

    /** @return the points */
    public DataSet data() {
        return data;
    }

    /** @return n */
    public int size() {
        return examples.length;
    }

    /** @return ℓ_i = ℓ(·; x_i, y_i) (0-based), a landscape of its own */
    public Landscape example(int i) {
        return examples[i];
    }

    /**
     * For the paper's model, the single-point model at (x̄, ȳ) whose loss is E − E_min (see the class comment).
     *
     * @return it, or empty for a typed per-example loss
     */
    public Optional<Landscape> equivalentModel() {
        return Optional.ofNullable(equivalent);
    }

    /**
     * The closed-form minima of the paper's model on n points: ab = Σx_i y_i / Σx_i².
     *
     * @return that product, or empty for a typed loss or when every x_i = 0
     */
    public OptionalDouble minimaProduct() {
        if (equivalent == null || xBar == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(data.leastSquaresProduct());
    }

    /**
     * Writes ∇Ê = (1/|S|) Σ_{i∈S} ∇ℓ_i for the batch S = {order[from], …, order[to − 1]}.
     *
     * @param order indices of points (0-based). Not modified.
     * @param from  first position in {@code order}
     * @param to    one past the last position, to &gt; from
     * @param theta parameters. Not modified.
     * @param out   receives the batch gradient, length 2. Modified.
     */
    public void batchGradient(int[] order, int from, int to, double[] theta, double[] out) {
        if (to <= from) {
            throw new IllegalArgumentException("an empty batch");
        }
        double g0 = 0;
        double g1 = 0;
        double[] g = new double[M];
        for (int k = from; k < to; k++) {
            examples[order[k]].gradient(theta, g);
            g0 += g[0];
            g1 += g[1];
        }
        int size = to - from;
        out[0] = g0 / size;
        out[1] = g1 / size;
    }

    /**
     * Γ(θ) = (1/n) Σ_i ‖∇ℓ_i(θ) − ∇E(θ)‖²: n times the trace of the covariance of one example's gradient, the
     * quantity SGD's modified loss adds (docs/MATH.md, SGD).
     *
     * @param theta parameters. Not modified.
     * @return Γ ≥ 0
     */
    public double gamma(double[] theta) {
        double[][] g = exampleGradients(theta);
        double[] mean = mean(g);
        double s = 0;
        for (double[] gi : g) {
            double d0 = gi[0] - mean[0];
            double d1 = gi[1] - mean[1];
            s += d0 * d0 + d1 * d1;
        }
        return s / g.length;
    }

    /**
     * Writes ∇Γ = (2/n) Σ_i (H_i − H)(∇ℓ_i − ∇E), H_i the Hessian of ℓ_i and H = (1/n) Σ H_i.
     *
     * @param theta parameters. Not modified.
     * @param out   receives ∇Γ, length 2. Modified.
     */
    public void gammaGradient(double[] theta, double[] out) {
        int n = examples.length;
        double[][] g = exampleGradients(theta);
        double[] mean = mean(g);
        double[][][] hs = new double[n][M][M];
        double h00 = 0;
        double h01 = 0;
        double h11 = 0;
        for (int i = 0; i < n; i++) {
            examples[i].hessian(theta, hs[i]);
            h00 += hs[i][0][0];
            h01 += hs[i][0][1];
            h11 += hs[i][1][1];
        }
        h00 /= n;
        h01 /= n;
        h11 /= n;
        double s0 = 0;
        double s1 = 0;
        for (int i = 0; i < n; i++) {
            double d0 = g[i][0] - mean[0];
            double d1 = g[i][1] - mean[1];
            double[][] hi = hs[i];
            s0 += (hi[0][0] - h00) * d0 + (hi[0][1] - h01) * d1;
            s1 += (hi[1][0] - h01) * d0 + (hi[1][1] - h11) * d1;
        }
        out[0] = 2.0 * s0 / n;
        out[1] = 2.0 * s1 / n;
    }

    private double[][] exampleGradients(double[] theta) {
        double[][] g = new double[examples.length][M];
        for (int i = 0; i < examples.length; i++) {
            examples[i].gradient(theta, g[i]);
        }
        return g;
    }

    private static double[] mean(double[][] g) {
        double m0 = 0;
        double m1 = 0;
        for (double[] gi : g) {
            m0 += gi[0];
            m1 += gi[1];
        }
        return new double[] {m0 / g.length, m1 / g.length};
    }

    // ---- Landscape: presentation ----

    @Override
    public LandscapeSpec spec() {
        return exampleLoss.spec();
    }

    @Override
    public String displayName() {
        return (equivalent != null ? "Paper's model" : "Typed loss") + " on " + pointsText();
    }

    private String pointsText() {
        return size() + (size() == 1 ? " point" : " points");
    }

    @Override
    public String formulaLatex() {
        int n = size();
        if (equivalent != null) {
            return "\\frac{1}{" + (2 * n) + "}\\sum_{i=1}^{" + n + "}\\left(y_i - ab\\,x_i\\right)^{2}";
        }
        return "\\frac{1}{" + n + "}\\sum_{i=1}^{" + n + "}\\ell(a, b; x_i, y_i)";
    }

    @Override
    public String formulaText() {
        String l = equivalent != null ? "(y_i − ab·x_i)²/2" : "ℓ(a, b; x_i, y_i) with ℓ = " + exampleLoss.spec().expression();
        return "(1/" + size() + ") Σ " + l + " over the points " + data.format();
    }

    @Override
    public String explanation() {
        OptionalDouble c = minimaProduct();
        if (c.isPresent()) {
            return "E is least on the hyperbola ab = Σxy/Σx² = "
                    + Checks.format(round4(c.getAsDouble())) + (minimumLoss > 0
                    ? " (E = " + Checks.format(round4(minimumLoss)) + " there: no minimum fits every point)"
                    : " (every point is fit there)");
        }
        return "E is the mean of " + exampleLoss.describe() + " over the points";
    }

    private static double round4(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", v));
    }

    @Override
    public ViewBox defaultBox() {
        return equivalent != null ? equivalent.defaultBox() : examples[0].defaultBox();
    }

    @Override
    public double[] defaultStart() {
        return equivalent != null ? equivalent.defaultStart() : examples[0].defaultStart();
    }

    /**
     * The paper's model: its single point's rate scaled by 1/x̄², so that h·λ_max from the default start is the
     * same as on the single point x = 1 (2 significant digits; at most the single point's).
     */
    @Override
    public double defaultLearningRate() {
        if (equivalent == null) {
            return examples[0].defaultLearningRate();
        }
        double h = equivalent.defaultLearningRate();
        double x2 = xBar * xBar;
        return x2 > 1 ? Double.parseDouble(String.format(Locale.ROOT, "%.2g", h / x2)) : h;
    }

    @Override
    public int defaultSteps() {
        return equivalent != null ? equivalent.defaultSteps() : examples[0].defaultSteps();
    }

    @Override
    public ViewBox frame(double a0, double b0) {
        return equivalent != null ? equivalent.frame(a0, b0) : Landscape.super.frame(a0, b0);
    }

    // ---- Landscape: closed forms of the paper's model ----

    @Override
    public int minimaBranch(double[] theta) {
        return equivalent != null ? equivalent.minimaBranch(theta) : Landscape.super.minimaBranch(theta);
    }

    @Override
    public Optional<Minima> minima() {
        return equivalent != null ? equivalent.minima() : Optional.empty();
    }

    @Override
    public Optional<double[]> flattestMinimum(double a0, double b0) {
        return equivalent != null ? equivalent.flattestMinimum(a0, b0) : Optional.empty();
    }

    @Override
    public Optional<ConservedQuantity> conservedQuantity() {
        return equivalent != null ? equivalent.conservedQuantity() : Optional.empty();
    }

    @Override
    public Optional<List<StabilityArc>> stabilityArcs(double h) {
        return equivalent != null ? equivalent.stabilityArcs(h) : Optional.empty();
    }

    @Override
    public OptionalDouble flowSolutionSharpness(double a, double b) {
        return equivalent != null ? equivalent.flowSolutionSharpness(a, b) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble catapultCurvature(double a0, double b0) {
        return equivalent != null ? equivalent.catapultCurvature(a0, b0) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble lowerBound() {
        return equivalent != null ? OptionalDouble.of(minimumLoss) : OptionalDouble.empty();
    }

    /** Where every point is fit (E_min = 0), the paper's closed form x̄²(a² + b²) on the minima too. */
    @Override
    public double rIgOverLoss(double a, double b) {
        if (equivalent != null && minimumLoss == 0) {
            return equivalent.rIgOverLoss(a, b);
        }
        return Landscape.super.rIgOverLoss(a, b);
    }

    // ---- ThirdOrderLoss: the means of the per-example derivatives ----

    @Override
    public double value(double[] theta) {
        if (equivalent != null) {
            return equivalent.value(theta) + minimumLoss;
        }
        double s = 0;
        for (Landscape l : examples) {
            s += l.value(theta);
        }
        return s / examples.length;
    }

    @Override
    public double value(double a, double b) {
        return value(new double[] {a, b});
    }

    @Override
    public void gradient(double[] theta, double[] out) {
        if (equivalent != null) {
            equivalent.gradient(theta, out);
            return;
        }
        double[] g = new double[M];
        double g0 = 0;
        double g1 = 0;
        for (Landscape l : examples) {
            l.gradient(theta, g);
            g0 += g[0];
            g1 += g[1];
        }
        out[0] = g0 / examples.length;
        out[1] = g1 / examples.length;
    }

    @Override
    public void hessian(double[] theta, double[][] out) {
        if (equivalent != null) {
            equivalent.hessian(theta, out);
            return;
        }
        double[][] h = new double[M][M];
        double h00 = 0;
        double h01 = 0;
        double h11 = 0;
        for (Landscape l : examples) {
            l.hessian(theta, h);
            h00 += h[0][0];
            h01 += h[0][1];
            h11 += h[1][1];
        }
        int n = examples.length;
        out[0][0] = h00 / n;
        out[0][1] = h01 / n;
        out[1][0] = h01 / n;
        out[1][1] = h11 / n;
    }

    @Override
    public void hessianVectorProduct(double[] theta, double[] v, double[] out) {
        if (equivalent != null) {
            equivalent.hessianVectorProduct(theta, v, out);
            return;
        }
        double[][] h = new double[M][M];
        hessian(theta, h);
        double v0 = v[0];
        double v1 = v[1];
        out[0] = h[0][0] * v0 + h[0][1] * v1;
        out[1] = h[1][0] * v0 + h[1][1] * v1;
    }

    @Override
    public void thirdDerivativeContraction(double[] theta, double[] v, double[] out) {
        if (equivalent != null) {
            equivalent.thirdDerivativeContraction(theta, v, out);
            return;
        }
        double[] t = new double[M];
        double t0 = 0;
        double t1 = 0;
        for (Landscape l : examples) {
            l.thirdDerivativeContraction(theta, v, t);
            t0 += t[0];
            t1 += t[1];
        }
        out[0] = t0 / examples.length;
        out[1] = t1 / examples.length;
    }

    @Override
    public String toString() {
        return displayName() + ": " + data.format();
    }
}
