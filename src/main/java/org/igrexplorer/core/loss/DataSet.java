package org.igrexplorer.core.loss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.igrexplorer.core.Checks;

/**
 * A data set of n ≥ 1 points (x_i, y_i) with finite values, for a per-example loss ℓ(a, b; x_i, y_i) and the
 * data-set loss E = (1/n) Σ ℓ_i. Written and read as "x:y" pairs separated by commas, e.g.
 * {@code 1:0.6,2:1.0,0.5:0.2,1.5:1.1}. Besides the points it knows which batch sizes it admits (the divisors
 * of n: random reshuffling cuts each epoch into n/B batches of B) and, for the paper's model f = abx, where
 * E is least: ab = Σx_i y_i / Σx_i². Immutable; edits return a new data set.
 *
 * @param points the points in order (copied; at least one)
 */
public record DataSet(List<Point> points) {

    /** The most points a data set holds (the table and the per-example work stay small). */
    public static final int MAX_POINTS = 1000;

    /** The largest |x| or |y| accepted, so that E and its derivatives stay far from overflow. */
    public static final double MAX_MAGNITUDE = 1e6;

    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?i:nan|inf|infinity)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * One data point.
     *
     * @param x input, finite, |x| ≤ {@value DataSet#MAX_MAGNITUDE}
     * @param y target, finite, |y| ≤ {@value DataSet#MAX_MAGNITUDE}
     */
    public record Point(double x, double y) {

        /** @throws IllegalArgumentException naming the value that is not finite or too large */
        public Point {
            requireValue("x", x);
            requireValue("y", y);
        }

        /** @return "x:y" with the shortest decimals that read back as the values */
        public String format() {
            return Checks.format(x) + ":" + Checks.format(y);
        }
    }

    /**
     * A named data set the window and the command line offer.
     *
     * @param id          identifier ({@code four}, {@code exact}, …)
     * @param label       menu text
     * @param description one line on what it shows
     * @param data        the points
     */
    public record Preset(String id, String label, String description, DataSet data) {
    }

    /**
     * @throws IllegalArgumentException for no points ("n = 0") or more than {@value #MAX_POINTS}
     */
    public DataSet {
        Objects.requireNonNull(points, "points");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the data set is empty (n = 0): it needs at least one point x:y");
        }
        if (points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("the data set has " + points.size() + " points; at most " + MAX_POINTS
                    + " are allowed");
        }
        for (int i = 0; i < points.size(); i++) {
            Objects.requireNonNull(points.get(i), "point " + (i + 1));
        }
        points = List.copyOf(points);
    }

    /**
     * @param xy x₁, y₁, x₂, y₂, … (an even count, at least two values)
     * @return the data set
     * @throws IllegalArgumentException for an odd count, no values, or a value that is not finite (naming the
     *                                  point)
     */
    public static DataSet of(double... xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("need x, y pairs, got an odd count of " + xy.length + " values");
        }
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            pts.add(point(i / 2 + 1, xy[i], xy[i + 1]));
        }
        return new DataSet(pts);
    }

    /**
     * Reads "x:y" pairs separated by commas; spaces around numbers are allowed, numbers are decimal (1, 0.5, .5,
     * 1e-3). Each problem names the offending token, its point and its column.
     *
     * @param text e.g. {@code 1:0.6,2:1.0,0.5:0.2,1.5:1.1}
     * @return the data set
     * @throws DataSetSyntaxException for an empty list, a point that is not x:y, a value that is not a number or
     *                                not finite
     */
    public static DataSet parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DataSetSyntaxException("the point list is empty (n = 0): give at least one point x:y, "
                    + "e.g. 1:0.6,2:1.0", "", 0, 0);
        }
        List<Point> pts = new ArrayList<>();
        int start = 0;
        int index = 1;
        while (true) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            pts.add(parsePoint(text, start, end, index));
            if (comma < 0) {
                break;
            }
            start = comma + 1;
            index++;
        }
        if (pts.size() > MAX_POINTS) {
            throw new DataSetSyntaxException("the point list has " + pts.size() + " points; at most " + MAX_POINTS
                    + " are allowed", "", 0, 0);
        }
        return new DataSet(pts);
    }

    private static Point parsePoint(String text, int start, int end, int index) {
        String raw = text.substring(start, end);
        int lead = start + leadingSpaces(raw);
        String token = raw.strip();
        if (token.isEmpty()) {
            throw new DataSetSyntaxException("point " + index + " at column " + (start + 1) + " is empty: "
                    + "expected x:y (e.g. 1:0.6)" + (end == text.length() ? "; remove the trailing comma" : ""),
                    "", start + 1, index);
        }
        int colon = raw.indexOf(':');
        if (colon < 0 || raw.indexOf(':', colon + 1) >= 0) {
            throw new DataSetSyntaxException("point " + index + " '" + token + "' at column " + (lead + 1)
                    + " is not x:y (e.g. 1:0.6)", token, lead + 1, index);
        }
        double x = parseValue("x", raw.substring(0, colon), start, index);
        double y = parseValue("y", raw.substring(colon + 1), start + colon + 1, index);
        return point(index, x, y);
    }

    private static double parseValue(String name, String raw, int offset, int index) {
        String token = raw.strip();
        int column = offset + leadingSpaces(raw) + 1;
        if (token.isEmpty()) {
            throw new DataSetSyntaxException("point " + index + ": " + name + " is missing at column " + column
                    + " (expected x:y, e.g. 1:0.6)", "", column, index);
        }
        if (NON_FINITE.matcher(token).matches()) {
            throw new DataSetSyntaxException("point " + index + ": " + name + " '" + token + "' at column " + column
                    + " is not a finite number", token, column, index);
        }
        if (!NUMBER.matcher(token).matches()) {
            throw new DataSetSyntaxException("point " + index + ": " + name + " '" + token + "' at column " + column
                    + " is not a number", token, column, index);
        }
        double v = Double.parseDouble(token);
        String problem = valueProblem(name, v);
        if (problem != null) {
            throw new DataSetSyntaxException("point " + index + ": " + problem + " (at column " + column + ")", token,
                    column, index);
        }
        return v;
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Point point(int index, double x, double y) {
        for (String name : new String[] {"x", "y"}) {
            String problem = valueProblem(name, name.equals("x") ? x : y);
            if (problem != null) {
                throw new IllegalArgumentException("point " + index + ": " + problem);
            }
        }
        return new Point(x, y);
    }

    /** @return null when v is a usable coordinate, else "x is NaN, not a finite number" and the like */
    public static String valueProblem(String name, double v) {
        if (!Double.isFinite(v)) {
            return name + " is " + Checks.format(v) + ", not a finite number";
        }
        if (Math.abs(v) > MAX_MAGNITUDE) {
            return name + " = " + Checks.format(v) + " is too large (|" + name + "| ≤ " + Checks.format(MAX_MAGNITUDE)
                    + ")";
        }
        return null;
    }

    private static void requireValue(String name, double v) {
        String problem = valueProblem(name, v);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * n points with x_i uniform in [0.5, 2] and y_i = slope·x_i + noise·ε_i, ε_i standard normal, from a seeded
     * {@link Random} (the same seed gives the same points on every machine); values rounded to 3 decimals so
     * the table shows them as they are used.
     *
     * @param n     number of points, 1 … {@value #MAX_POINTS}
     * @param slope the true slope c (the noiseless minima are ab = c)
     * @param noise the standard deviation of the noise, 0 … 100
     * @param seed  the generator's seed
     * @return the data set
     * @throws IllegalArgumentException naming a bad n, slope or noise
     */
    public static DataSet random(int n, double slope, double noise, long seed) {
        Checks.requireRange("number of points n", n, 1, MAX_POINTS);
        Checks.requireRange("slope", slope, -100, 100);
        Checks.requireRange("noise", noise, 0, 100);
        Random rnd = new Random(seed);
        List<Point> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = 0.5 + 1.5 * rnd.nextDouble();
            double y = slope * x + noise * rnd.nextGaussian();
            pts.add(new Point(round3(x), round3(y)));
        }
        return new DataSet(pts);
    }

    private static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    /** @return the named data sets, in menu order */
    public static List<Preset> presets() {
        return PRESETS;
    }

    /**
     * @param id a preset's identifier
     * @return the preset
     * @throws IllegalArgumentException naming the unknown id and the known ones
     */
    public static Preset preset(String id) {
        StringJoiner known = new StringJoiner(", ");
        for (Preset p : PRESETS) {
            if (p.id().equalsIgnoreCase(id.strip())) {
                return p;
            }
            known.add(p.id());
        }
        throw new IllegalArgumentException("unknown data set preset '" + id + "' (expected one of " + known + ")");
    }

    private static final List<Preset> PRESETS = List.of(
            new Preset("four", "Four noisy points", "four points not on one line: the per-example gradients differ "
                    + "at every minimum, so Γ > 0 and small batches are pulled toward small-norm minima",
                    parse("1:0.6,2:1.0,0.5:0.2,1.5:1.1")),
            new Preset("exact", "Four points on y = 0.6x", "the data are fit exactly on the minima ab = 0.6, where "
                    + "every per-example gradient vanishes: the SGD term Γ vanishes there too",
                    parse("0.5:0.3,1:0.6,1.5:0.9,2:1.2")),
            new Preset("single", "One point (the paper)", "the paper's single point x = 1, y = 0.6: SGD is GD",
                    parse("1:0.6")),
            new Preset("eight", "Eight noisy points", "eight points around y = 0.6x with noise 0.3 (seed 11): the "
                    + "largest set whose mean SGD iterate is enumerated exactly over all 8! orders",
                    random(8, 0.6, 0.3, 11)));

    /** @return n, the number of points */
    public int size() {
        return points.size();
    }

    /** @return point i (0-based) */
    public Point point(int i) {
        return points.get(i);
    }

    /** @return x_i (0-based) */
    public double x(int i) {
        return points.get(i).x();
    }

    /** @return y_i (0-based) */
    public double y(int i) {
        return points.get(i).y();
    }

    /** @return the points as "x:y,x:y,…", which {@link #parse} reads back to an equal data set */
    public String format() {
        StringJoiner j = new StringJoiner(",");
        for (Point p : points) {
            j.add(p.format());
        }
        return j.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /** @return a copy with point i (0-based) replaced */
    public DataSet withPoint(int i, Point p) {
        Objects.checkIndex(i, points.size());
        List<Point> pts = new ArrayList<>(points);
        pts.set(i, Objects.requireNonNull(p, "point"));
        return new DataSet(pts);
    }

    /** @return a copy with {@code p} appended */
    public DataSet withAdded(Point p) {
        List<Point> pts = new ArrayList<>(points);
        pts.add(Objects.requireNonNull(p, "point"));
        return new DataSet(pts);
    }

    /**
     * @return a copy without point i (0-based)
     * @throws IllegalArgumentException when it is the only point (a data set keeps n ≥ 1)
     */
    public DataSet withRemoved(int i) {
        Objects.checkIndex(i, points.size());
        if (points.size() == 1) {
            throw new IllegalArgumentException("cannot remove the only point: a data set needs n ≥ 1");
        }
        List<Point> pts = new ArrayList<>(points);
        pts.remove(i);
        return new DataSet(pts);
    }

    /** @return the divisors of n in increasing order: the batch sizes random reshuffling admits */
    public List<Integer> divisors() {
        return divisors(size());
    }

    /**
     * @param n a positive integer
     * @return its divisors in increasing order
     */
    public static List<Integer> divisors(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        List<Integer> out = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            if (n % d == 0) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param batch a batch size B
     * @return null when B divides n, else a message listing the divisors, e.g. "batch size 3 does not divide
     *         n = 4 points; choose one of 1, 2, 4"
     */
    public String batchProblem(int batch) {
        int n = size();
        if (batch >= 1 && batch <= n && n % batch == 0) {
            return null;
        }
        StringJoiner j = new StringJoiner(", ");
        for (int d : divisors()) {
            j.add(Integer.toString(d));
        }
        return "batch size " + batch + " does not divide n = " + n + (n == 1 ? " point" : " points")
                + "; choose one of " + j;
    }

    /**
     * @return {@code batch}
     * @throws IllegalArgumentException with {@link #batchProblem}'s message when B does not divide n
     */
    public int requireBatch(int batch) {
        String problem = batchProblem(batch);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return batch;
    }

    /** @return Σ x_i² */
    public double sumXx() {
        double s = 0;
        for (Point p : points) {
            s += p.x() * p.x();
        }
        return s;
    }

    /** @return Σ x_i y_i */
    public double sumXy() {
        double s = 0;
        for (Point p : points) {
            s += p.x() * p.y();
        }
        return s;
    }

    /** @return Σ y_i² */
    public double sumYy() {
        double s = 0;
        for (Point p : points) {
            s += p.y() * p.y();
        }
        return s;
    }

    /**
     * For the paper's model f = abx: E = (1/2n) Σ (y_i − ab x_i)² is least where ab = Σx_i y_i / Σx_i² (the
     * least-squares slope through the origin).
     *
     * @return Σx_i y_i / Σx_i², NaN when every x_i is 0 (then E does not depend on a, b)
     */
    public double leastSquaresProduct() {
        double sxx = sumXx();
        return sxx == 0 ? Double.NaN : sumXy() / sxx;
    }
}
