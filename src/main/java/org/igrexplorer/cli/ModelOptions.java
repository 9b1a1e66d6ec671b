package org.igrexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.dynamics.RunSettings;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.Landscapes;
import org.igrexplorer.core.loss.ExampleLoss;
import picocli.CommandLine.Option;

/**
 * The model options shared by trajectories, sweep-lr and render: which landscape (the paper's model
 * with --x/--y by default, a built-in by --landscape, or a typed --loss) and the start. Run settings
 * (h, µ, steps) are each command's own.
 */
public final class ModelOptions {

    @Option(names = "--landscape", paramLabel = "NAME",
            description = "a built-in landscape (see the 'landscapes' command; default: paper)")
    String landscape;

    @Option(names = "--loss", paramLabel = "EXPR",
            description = {"a typed loss, e.g. \"(1-a)^2 + 10*(b-a^2)^2\": " + Landscapes.TYPED_SYNTAX})
    String loss;

    @Option(names = "--const", paramLabel = "NAME=VALUE",
            description = "a constant of the landscape or of the typed loss (repeatable), e.g. --const kappa=100")
    Map<String, Double> constants = new LinkedHashMap<>();

    @Option(names = "--x", description = "data input x of the paper's model (default: 1)")
    Double x;

    @Option(names = "--y", description = "data target y of the paper's model (default: 0.6)")
    Double y;

    @Option(names = "--a0", description = "start a0 (default: the landscape's; 2.8 on the paper's model)")
    Double a0;

    @Option(names = "--b0", description = "start b0 (default: the landscape's; 3.5 on the paper's model)")
    Double b0;

    /**
     * @return the model spec the options name
     * @throws IllegalArgumentException for --x/--y with another landscape, --loss with --landscape, an
     *                                  unknown landscape, a bad constant or a typed loss that does not parse
     */
    public LandscapeSpec spec() {
        if (loss != null && landscape != null) {
            throw new IllegalArgumentException("give either --loss or --landscape, not both");
        }
        boolean paper = loss == null && (landscape == null || landscape.trim().equalsIgnoreCase(LandscapeSpec.PAPER.name()));
        if (!paper && (x != null || y != null)) {
            throw new IllegalArgumentException("--x and --y are the data point of the paper's model; they cannot be used "
                    + "with " + (loss != null ? "--loss" : "--landscape " + landscape)
                    + " (use --const NAME=VALUE for its constants)");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Double> c = new LinkedHashMap<>(constants);
        if (x != null) {
            c.put("x", x);
        }
        if (y != null) {
            c.put("y", y);
        }
        c.forEach((k, v) -> {
            if (!Double.isFinite(v)) {
                problems.add(k + " must be a finite number, got " + v);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        LandscapeSpec spec;
        if (loss != null) {
            spec = LandscapeSpec.typed(loss, c);
        } else {
            String name = landscape == null ? LandscapeSpec.PAPER.name() : landscape;
            LandscapeSpec base = Landscapes.defaultSpec(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown landscape '" + name + "' (expected one of " + String.join(", ", Landscapes.names()) + ")"));
            spec = base;
            for (Map.Entry<String, Double> e : c.entrySet()) {
                spec = spec.withConstant(e.getKey(), e.getValue());
            }
        }
        spec.landscape(); // parses a typed loss and checks the constants: errors name what and where
        return spec;
    }

    /**
     * The per-example loss of a data set (--points): the paper's model by default, or a typed --loss in a, b, x, y.
     *
     * @return it
     * @throws IllegalArgumentException for --x/--y (the data are the points), a built-in other than the paper's
     *                                  model, a bad constant or a typed loss that does not parse with x and y
     */
    public ExampleLoss exampleLoss() {
        if (x != null || y != null) {
            throw new IllegalArgumentException("--x and --y are the single data point of the paper's model; with --points "
                    + "the data are the points");
        }
        if (loss != null && landscape != null) {
            throw new IllegalArgumentException("give either --loss or --landscape, not both");
        }
        constants.forEach((k, v) -> {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(k + " must be a finite number, got " + v);
            }
        });
        if (loss != null) {
            return ExampleLoss.typed(loss, constants);
        }
        String name = landscape == null ? LandscapeSpec.PAPER.name() : landscape.trim().toLowerCase(Locale.ROOT);
        LandscapeSpec base = Landscapes.defaultSpec(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown landscape '" + name + "' (expected one of " + String.join(", ", Landscapes.names()) + ")"));
        if (!ExampleLoss.accepts(base)) {
            throw new IllegalArgumentException("--points needs a per-example loss in a, b, x, y: the paper's model or a "
                    + "typed --loss such as \"(y - a*b*x)^2/2\"; the landscape '" + name + "' has no data point");
        }
        if (!constants.isEmpty()) {
            throw new IllegalArgumentException("the paper's model on --points has no constants besides the points");
        }
        return ExampleLoss.PAPER;
    }

    /**
     * @return the start given, or the default start of {@code l}
     * @throws IllegalArgumentException for a start that is not finite or where E is not
     */
    double[] start(Landscape l) {
        double a = a0 != null ? a0 : l.defaultStart()[0];
        double b = b0 != null ? b0 : l.defaultStart()[1];
        List<String> problems = RunSettings.problems(a, b, 1, 0, 1);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        double e = l.value(a, b);
        if (!Double.isFinite(e)) {
            throw new IllegalArgumentException("the loss is not finite at the start (" + a + ", " + b + "): E = " + e);
        }
        return new double[] {a, b};
    }

    /**
     * @return the run on the named landscape from the start given (or the landscape's default start)
     * @throws IllegalArgumentException naming every invalid value
     */
    public RunParameters parameters(double h, double mu, long steps) {
        LandscapeSpec spec = spec();
        Landscape l = spec.landscape();
        double a = a0 != null ? a0 : l.defaultStart()[0];
        double b = b0 != null ? b0 : l.defaultStart()[1];
        List<String> problems = RunSettings.problems(a, b, h, mu, steps);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        double e = l.value(a, b);
        if (!Double.isFinite(e)) {
            throw new IllegalArgumentException("the loss is not finite at the start (" + a + ", " + b + "): E = " + e);
        }
        return new RunParameters(spec, new RunSettings(a, b, h, mu, (int) steps));
    }

    /** @return the learning rate given, or the landscape's default when none was */
    public double learningRate(Double given) {
        return given != null ? given : spec().landscape().defaultLearningRate();
    }
}
