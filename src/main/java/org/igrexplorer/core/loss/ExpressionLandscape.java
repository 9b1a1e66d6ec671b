package org.igrexplorer.core.loss;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.differentiation.DSCompiler;

/**
 * A loss typed as an expression in a and b, e.g. {@code (1-a)^2 + 100*(b-a^2)^2}.
 * <p>
 * EvalEx parses the text to its syntax tree; the tree is compiled once into a flat program over
 * Hipparchus' {@link DSCompiler} (the algebra behind {@code DerivativeStructure} with two variables),
 * run at the order a caller needs: 0 for E, 1 for ∇E, 2 for the Hessian, 3 for ∇³E[v, v]. Derivatives are
 * therefore exact to rounding, with no finite differences; the program allocates one work array per
 * evaluation.
 * <p>
 * Syntax: numbers in any usual notation (2, 0.5, .5, 1e-3, 1.5E+3), + − * / ^, unary minus, parentheses,
 * the functions {@value #FUNCTION_LIST} (trigonometry in radians), the constants pi and e and any named
 * constants given. {@code ^} binds tighter than unary minus, so {@code -a^2} is −(a²), and is
 * right-associative ({@code a^b^2} = a^(b²)); there is no implicit multiplication ({@code 2a} is an
 * error, write {@code 2*a}). abs and other non-smooth points are allowed, but the theory assumes a
 * smooth loss. Immutable and thread-safe.
 */
public final class ExpressionLandscape implements Landscape {

    /** The functions a typed loss may use, as listed in messages and help. */
    public static final String FUNCTION_LIST = "sqrt, exp, log, sin, cos, tan, tanh, sinh, cosh, atan, abs";

    /** The largest order of derivatives computed. */
    public static final int MAX_ORDER = 3;

    private static final Map<String, DoubleUnaryOperator> FUNCTIONS = functions();
    private static final ExpressionConfiguration CONFIG = configuration();
    private static final DSCompiler[] COMPILERS = {DSCompiler.getCompiler(2, 0), DSCompiler.getCompiler(2, 1),
        DSCompiler.getCompiler(2, 2), DSCompiler.getCompiler(2, 3)};
    private static final int[] I_A = new int[4];
    private static final int[] I_B = new int[4];
    private static final int I_AA;
    private static final int I_AB;
    private static final int I_BB;
    private static final int I_AAA;
    private static final int I_AAB;
    private static final int I_ABB;
    private static final int I_BBB;

    static {
        for (int o = 1; o <= MAX_ORDER; o++) {
            I_A[o] = COMPILERS[o].getPartialDerivativeIndex(1, 0);
            I_B[o] = COMPILERS[o].getPartialDerivativeIndex(0, 1);
        }
        DSCompiler c2 = COMPILERS[2];
        I_AA = c2.getPartialDerivativeIndex(2, 0);
        I_AB = c2.getPartialDerivativeIndex(1, 1);
        I_BB = c2.getPartialDerivativeIndex(0, 2);
        DSCompiler c3 = COMPILERS[3];
        I_AAA = c3.getPartialDerivativeIndex(3, 0);
        I_AAB = c3.getPartialDerivativeIndex(2, 1);
        I_ABB = c3.getPartialDerivativeIndex(1, 2);
        I_BBB = c3.getPartialDerivativeIndex(0, 3);
    }

    // ---- the compiled program: instruction i writes slot i ----
    private static final int CONST = 0;
    private static final int VAR_A = 1;
    private static final int VAR_B = 2;
    private static final int ADD = 3;
    private static final int SUB = 4;
    private static final int MUL = 5;
    private static final int DIV = 6;
    private static final int NEG = 7;
    private static final int POW_INT = 8;
    private static final int POW_REAL = 9;
    private static final int POW_BASE = 10;
    private static final int POW = 11;
    private static final int SQRT = 12;
    private static final int EXP = 13;
    private static final int LOG = 14;
    private static final int SIN = 15;
    private static final int COS = 16;
    private static final int TAN = 17;
    private static final int TANH = 18;
    private static final int SINH = 19;
    private static final int COSH = 20;
    private static final int ATAN = 21;
    private static final int ABS = 22;

    private final String text;
    private final Map<String, Double> constants;
    private final int[] op;
    private final int[] x;
    private final int[] y;
    private final double[] k;
    private final String latex;

    private ExpressionLandscape(String text, Map<String, Double> constants, Compiler c, String latex) {
        this.text = text;
        this.constants = constants;
        int n = c.ops.size();
        this.op = new int[n];
        this.x = new int[n];
        this.y = new int[n];
        this.k = new double[n];
        for (int i = 0; i < n; i++) {
            this.op[i] = c.ops.get(i);
            this.x[i] = c.xs.get(i);
            this.y[i] = c.ys.get(i);
            this.k[i] = c.ks.get(i);
        }
        this.latex = latex;
    }

    /**
     * @param text the loss, an expression in a and b
     * @return the compiled landscape
     * @throws LossSyntaxException naming what is wrong and where
     */
    public static ExpressionLandscape parse(String text) {
        return parse(text, Map.of());
    }

    /**
     * @param text      the loss, an expression in a, b and the named constants
     * @param constants named constants (names of letters, digits and '_', not a, b, pi or e; finite values)
     * @return the compiled landscape
     * @throws LossSyntaxException      naming what is wrong in the text and where
     * @throws IllegalArgumentException for a bad constant name or value
     */
    public static ExpressionLandscape parse(String text, Map<String, Double> constants) {
        Map<String, Double> consts = new TreeMap<>();
        for (Map.Entry<String, Double> e : constants.entrySet()) {
            String name = e.getKey();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || isReserved(name)) {
                throw new IllegalArgumentException("constant name '" + name
                        + "' must be letters, digits or '_' and not a, b, pi, e or a function");
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("constant " + name + " must be a finite number, got " + e.getValue());
            }
            consts.put(name, e.getValue());
        }
        if (text == null || text.isBlank()) {
            throw new LossSyntaxException("the loss is empty: type an expression in a and b, e.g. (1-a)^2 + 100*(b-a^2)^2",
                    "", 0);
        }
        ASTNode root;
        try {
            root = new Expression(text, CONFIG).getAbstractSyntaxTree();
        } catch (BaseException e) {
            throw fromParser(e);
        }
        Compiler c = new Compiler(consts);
        c.compile(root);
        return new ExpressionLandscape(text.strip(), Collections.unmodifiableMap(consts), c,
                Latex.of(root, consts));
    }

    private static boolean isReserved(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        return l.equals("a") || l.equals("b") || l.equals("pi") || l.equals("e") || FUNCTIONS.containsKey(l);
    }

    private static LossSyntaxException fromParser(BaseException e) {
        String msg = e.getMessage();
        String token = e.getTokenString() == null ? "" : e.getTokenString();
        int column = Math.max(0, e.getStartPosition());
        String what;
        if (msg.startsWith("Undefined function")) {
            what = "unknown function '" + token + "' at column " + column + " (known: " + FUNCTION_LIST + ")";
        } else if (msg.startsWith("Closing brace not found")) {
            what = "unbalanced parentheses: '(' at column " + column + " is never closed";
        } else if (msg.startsWith("Unexpected closing brace")) {
            what = "unbalanced parentheses: ')' at column " + column + " closes nothing";
        } else if (msg.startsWith("Missing operator")) {
            what = "missing operator before '" + token + "' at column " + column
                    + " (write 2*a, not 2a: there is no implicit multiplication)";
        } else if (msg.startsWith("Undefined operator")) {
            what = "unknown operator '" + token + "' at column " + column + " (use + - * / ^)";
        } else if (msg.startsWith("Empty expression")) {
            what = "the loss is empty: type an expression in a and b";
        } else {
            what = Character.toLowerCase(msg.charAt(0)) + msg.substring(1) + " at column " + column
                    + (token.isEmpty() ? "" : " ('" + token + "')");
        }
        return new LossSyntaxException(what, token, column);
    }

    /** @return the text as typed (trimmed) */
    public String text() {
        return text;
    }

    /** @return the named constants (sorted by name) */
    public Map<String, Double> constants() {
        return constants;
    }

    /** @return the number of instructions of the compiled program */
    public int programSize() {
        return op.length;
    }

    @Override
    public LandscapeSpec spec() {
        return LandscapeSpec.typed(text, constants);
    }

    @Override
    public String displayName() {
        return "Typed loss";
    }

    @Override
    public String formulaLatex() {
        return latex;
    }

    @Override
    public String formulaText() {
        return text;
    }

    @Override
    public String explanation() {
        return "the loss typed as E(a, b) = " + text;
    }

    @Override
    public ViewBox defaultBox() {
        return ViewBox.square(3);
    }

    @Override
    public double[] defaultStart() {
        return new double[] {1.5, 1.5};
    }

    // ---- evaluation ----

    /**
     * Runs the program at (a, b) with derivatives up to {@code order}.
     *
     * @return the coefficients of the result in {@link DSCompiler#getCompiler(int, int) getCompiler(2, order)}'s layout
     */
    private double[] run(int order, double a, double b) {
        DSCompiler c = COMPILERS[order];
        int size = c.getSize();
        int n = op.length;
        double[] w = new double[n * size];
        double[] tmp = new double[size];
        for (int i = 0; i < n; i++) {
            int o = i * size;
            int xo = x[i] * size;
            int yo = y[i] * size;
            switch (op[i]) {
                case CONST -> w[o] = k[i];
                case VAR_A -> {
                    w[o] = a;
                    if (order > 0) {
                        w[o + I_A[order]] = 1.0;
                    }
                }
                case VAR_B -> {
                    w[o] = b;
                    if (order > 0) {
                        w[o + I_B[order]] = 1.0;
                    }
                }
                case ADD -> c.add(w, xo, w, yo, w, o);
                case SUB -> c.subtract(w, xo, w, yo, w, o);
                case MUL -> c.multiply(w, xo, w, yo, w, o);
                case DIV -> {
                    // DSCompiler.divide and sqrt read the divisor at the dividend's offset (Hipparchus 4.0.1),
                    // which DerivativeStructure never notices (its offsets are 0): x/y = x·(1/y) here
                    c.reciprocal(w, yo, tmp, 0);
                    c.multiply(w, xo, tmp, 0, w, o);
                }
                case NEG -> {
                    for (int j = 0; j < size; j++) {
                        w[o + j] = -w[xo + j];
                    }
                }
                case POW_INT -> c.pow(w, xo, (int) k[i], w, o);
                case POW_REAL -> c.pow(w, xo, k[i], w, o);
                case POW_BASE -> c.pow(k[i], w, yo, w, o);
                case POW -> c.pow(w, xo, w, yo, w, o);
                case SQRT -> c.pow(w, xo, 0.5, w, o);
                case EXP -> c.exp(w, xo, w, o);
                case LOG -> c.log(w, xo, w, o);
                case SIN -> c.sin(w, xo, w, o);
                case COS -> c.cos(w, xo, w, o);
                case TAN -> c.tan(w, xo, w, o);
                case TANH -> c.tanh(w, xo, w, o);
                case SINH -> c.sinh(w, xo, w, o);
                case COSH -> c.cosh(w, xo, w, o);
                case ATAN -> c.atan(w, xo, w, o);
                case ABS -> {
                    double s = w[xo] < 0 || (w[xo] == 0 && 1 / w[xo] < 0) ? -1.0 : 1.0;
                    for (int j = 0; j < size; j++) {
                        w[o + j] = s * w[xo + j];
                    }
                }
                default -> throw new IllegalStateException("unknown instruction " + op[i]);
            }
        }
        double[] out = new double[size];
        System.arraycopy(w, (n - 1) * size, out, 0, size);
        return out;
    }

    @Override
    public double value(double[] theta) {
        return run(0, theta[0], theta[1])[0];
    }

    @Override
    public double value(double a, double b) {
        return run(0, a, b)[0];
    }

    @Override
    public void gradient(double[] theta, double[] out) {
        double[] r = run(1, theta[0], theta[1]);
        out[0] = r[I_A[1]];
        out[1] = r[I_B[1]];
    }

    @Override
    public void hessian(double[] theta, double[][] out) {
        double[] r = run(2, theta[0], theta[1]);
        out[0][0] = r[I_AA];
        out[0][1] = r[I_AB];
        out[1][0] = r[I_AB];
        out[1][1] = r[I_BB];
    }

    @Override
    public void hessianVectorProduct(double[] theta, double[] v, double[] out) {
        double[] r = run(2, theta[0], theta[1]);
        double v0 = v[0];
        double v1 = v[1];
        out[0] = r[I_AA] * v0 + r[I_AB] * v1;
        out[1] = r[I_AB] * v0 + r[I_BB] * v1;
    }

    @Override
    public void thirdDerivativeContraction(double[] theta, double[] v, double[] out) {
        double[] r = run(3, theta[0], theta[1]);
        double v0 = v[0];
        double v1 = v[1];
        out[0] = r[I_AAA] * v0 * v0 + 2 * r[I_AAB] * v0 * v1 + r[I_ABB] * v1 * v1;
        out[1] = r[I_AAB] * v0 * v0 + 2 * r[I_ABB] * v0 * v1 + r[I_BBB] * v1 * v1;
    }

    /**
     * Evaluates the text with EvalEx itself (decimal arithmetic through its own tree walk): an
     * independent check of the compiled program, used by the tests.
     *
     * @return E(a, b) as EvalEx computes it
     */
    public double evaluateWithEvalEx(double a, double b) {
        try {
            Expression e = new Expression(text, CONFIG).with("a", a).and("b", b);
            for (Map.Entry<String, Double> c : constants.entrySet()) {
                e = e.and(c.getKey(), c.getValue());
            }
            return e.evaluate().getNumberValue().doubleValue();
        } catch (BaseException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
    }

    @Override
    public String toString() {
        return "ExpressionLandscape[" + text + (constants.isEmpty() ? "" : ", " + constants) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpressionLandscape e && e.text.equals(text) && e.constants.equals(constants);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + constants.hashCode();
    }

    // ---- parser configuration ----

    private static Map<String, DoubleUnaryOperator> functions() {
        Map<String, DoubleUnaryOperator> f = new LinkedHashMap<>();
        f.put("sqrt", Math::sqrt);
        f.put("exp", Math::exp);
        f.put("log", Math::log);
        f.put("sin", Math::sin);
        f.put("cos", Math::cos);
        f.put("tan", Math::tan);
        f.put("tanh", Math::tanh);
        f.put("sinh", Math::sinh);
        f.put("cosh", Math::cosh);
        f.put("atan", Math::atan);
        f.put("abs", Math::abs);
        return Collections.unmodifiableMap(f);
    }

    @SuppressWarnings("unchecked")
    private static ExpressionConfiguration configuration() {
        List<Map.Entry<String, FunctionIfc>> fs = new ArrayList<>();
        FUNCTIONS.forEach((name, f) -> fs.add(Map.entry(name.toUpperCase(Locale.ROOT), new UnaryFunction(f))));
        FunctionDictionaryIfc functions = MapBasedFunctionDictionary.ofFunctions(fs.toArray(new Map.Entry[0]));
        return ExpressionConfiguration.builder()
                .operatorDictionary(MapBasedOperatorDictionary.ofOperators(
                        Map.entry("+", new InfixPlusOperator()),
                        Map.entry("-", new InfixMinusOperator()),
                        Map.entry("*", new InfixMultiplicationOperator()),
                        Map.entry("/", new InfixDivisionOperator()),
                        Map.entry("^", new InfixPowerOfOperator()),
                        Map.entry("+", new PrefixPlusOperator()),
                        Map.entry("-", new PrefixMinusOperator())))
                .functionDictionary(functions)
                .defaultConstants(Map.of("PI", EvaluationValue.numberValue(BigDecimal.valueOf(Math.PI)),
                        "E", EvaluationValue.numberValue(BigDecimal.valueOf(Math.E))))
                // -a^2 = -(a^2), as in mathematics (EvalEx's default reads it as (-a)^2)
                .powerOfPrecedence(OperatorIfc.OPERATOR_PRECEDENCE_POWER_HIGHER)
                .implicitMultiplicationAllowed(false)
                .arraysAllowed(false)
                .structuresAllowed(false)
                .singleQuoteStringLiteralsAllowed(false)
                .build();
    }

    /** A one-argument function for EvalEx's parser (and its own evaluation, used as a check). */
    @FunctionParameter(name = "value")
    private static final class UnaryFunction extends AbstractFunction {
        private final DoubleUnaryOperator f;

        UnaryFunction(DoubleUnaryOperator f) {
            this.f = f;
        }

        @Override
        public EvaluationValue evaluate(Expression expression, Token functionToken, EvaluationValue... parameterValues)
                throws EvaluationException {
            return expression.convertDoubleValue(f.applyAsDouble(parameterValues[0].getNumberValue().doubleValue()));
        }
    }

    /** Compiles a tree into the flat program, folding constant subtrees. */
    private static final class Compiler {
        final List<Integer> ops = new ArrayList<>();
        final List<Integer> xs = new ArrayList<>();
        final List<Integer> ys = new ArrayList<>();
        final List<Double> ks = new ArrayList<>();
        private final Map<String, Double> constants;

        Compiler(Map<String, Double> constants) {
            this.constants = constants;
        }

        private int emit(int o, int xi, int yi, double kv) {
            ops.add(o);
            xs.add(xi);
            ys.add(yi);
            ks.add(kv);
            return ops.size() - 1;
        }

        private boolean isConst(int slot) {
            return ops.get(slot) == CONST;
        }

        private double constOf(int slot) {
            return ks.get(slot);
        }

        /** @return the slot holding the node's value */
        int compile(ASTNode node) {
            Token t = node.getToken();
            String v = t.getValue();
            int col = t.getStartPosition();
            List<ASTNode> args = node.getParameters();
            switch (t.getType()) {
                case NUMBER_LITERAL -> {
                    try {
                        return emit(CONST, 0, 0, Double.parseDouble(v));
                    } catch (NumberFormatException e) {
                        throw new LossSyntaxException("cannot read the number '" + v + "' at column " + col, v, col);
                    }
                }
                case VARIABLE_OR_CONSTANT -> {
                    if (v.equals("a")) {
                        return emit(VAR_A, 0, 0, 0);
                    }
                    if (v.equals("b")) {
                        return emit(VAR_B, 0, 0, 0);
                    }
                    if (constants.containsKey(v)) {
                        return emit(CONST, 0, 0, constants.get(v));
                    }
                    String l = v.toLowerCase(Locale.ROOT);
                    if (l.equals("pi")) {
                        return emit(CONST, 0, 0, Math.PI);
                    }
                    if (l.equals("e")) {
                        return emit(CONST, 0, 0, Math.E);
                    }
                    throw new LossSyntaxException("unknown variable '" + v + "' at column " + col
                            + " (the loss may use a, b, pi, e" + (constants.isEmpty() ? "" : ", " + String.join(", ",
                            constants.keySet())) + ")", v, col);
                }
                case PREFIX_OPERATOR -> {
                    int s = compile(args.get(0));
                    if (v.equals("+")) {
                        return s;
                    }
                    return isConst(s) ? emit(CONST, 0, 0, -constOf(s)) : emit(NEG, s, 0, 0);
                }
                case INFIX_OPERATOR -> {
                    int l = compile(args.get(0));
                    int r = compile(args.get(1));
                    if (isConst(l) && isConst(r)) {
                        return emit(CONST, 0, 0, fold(v, constOf(l), constOf(r)));
                    }
                    return switch (v) {
                        case "+" -> emit(ADD, l, r, 0);
                        case "-" -> emit(SUB, l, r, 0);
                        case "*" -> emit(MUL, l, r, 0);
                        case "/" -> emit(DIV, l, r, 0);
                        case "^" -> power(l, r);
                        default -> throw new LossSyntaxException("unknown operator '" + v + "' at column " + col
                                + " (use + - * / ^)", v, col);
                    };
                }
                case FUNCTION -> {
                    String name = v.toLowerCase(Locale.ROOT);
                    int s = compile(args.get(0));
                    if (isConst(s)) {
                        return emit(CONST, 0, 0, FUNCTIONS.get(name).applyAsDouble(constOf(s)));
                    }
                    int code = switch (name) {
                        case "sqrt" -> SQRT;
                        case "exp" -> EXP;
                        case "log" -> LOG;
                        case "sin" -> SIN;
                        case "cos" -> COS;
                        case "tan" -> TAN;
                        case "tanh" -> TANH;
                        case "sinh" -> SINH;
                        case "cosh" -> COSH;
                        case "atan" -> ATAN;
                        case "abs" -> ABS;
                        default -> throw new LossSyntaxException("unknown function '" + v + "' at column " + col
                                + " (known: " + FUNCTION_LIST + ")", v, col);
                    };
                    return emit(code, s, 0, 0);
                }
                default -> throw new LossSyntaxException("unexpected '" + v + "' at column " + col
                        + ": a loss is numbers, a, b, constants, + - * / ^ and functions", v, col);
            }
        }

        private int power(int base, int exponent) {
            if (isConst(exponent)) {
                double p = constOf(exponent);
                if (p == Math.rint(p) && Math.abs(p) <= 64) {
                    return emit(POW_INT, base, 0, p);
                }
                return emit(POW_REAL, base, 0, p);
            }
            if (isConst(base)) {
                return emit(POW_BASE, 0, exponent, constOf(base));
            }
            return emit(POW, base, exponent, 0);
        }

        private static double fold(String operator, double l, double r) {
            return switch (operator) {
                case "+" -> l + r;
                case "-" -> l - r;
                case "*" -> l * r;
                case "/" -> l / r;
                default -> Math.pow(l, r);
            };
        }
    }

    /** LaTeX from the tree, with the fewest parentheses that keep its meaning; named constants by value. */
    static final class Latex {
        private static final int SUM = 1;
        private static final int PRODUCT = 2;
        private static final int UNARY = 3;
        private static final int POWER = 4;
        private static final int ATOM = 5;

        private final Map<String, Double> constants;

        private Latex(Map<String, Double> constants) {
            this.constants = constants;
        }

        static String of(ASTNode root, Map<String, Double> constants) {
            return new Latex(constants).render(root).text;
        }

        private record Part(String text, int precedence, boolean startsWithDigit) {
        }

        private Part render(ASTNode node) {
            Token t = node.getToken();
            String v = t.getValue();
            List<ASTNode> args = node.getParameters();
            switch (t.getType()) {
                case NUMBER_LITERAL -> {
                    return new Part(number(v), ATOM, true);
                }
                case VARIABLE_OR_CONSTANT -> {
                    String l = v.toLowerCase(Locale.ROOT);
                    if (constants.containsKey(v)) {
                        // a named constant is written with its value, as one reads the formula
                        double c = constants.get(v);
                        String num = LatexNumbers.number(Math.abs(c));
                        return c < 0 ? new Part("-" + num, UNARY, false) : new Part(num, ATOM, true);
                    }
                    if (l.equals("pi")) {
                        return new Part("\\pi", ATOM, false);
                    }
                    return new Part(v.length() == 1 ? v : "\\mathrm{" + v.replace("_", "\\_") + "}", ATOM, false);
                }
                case PREFIX_OPERATOR -> {
                    Part p = render(args.get(0));
                    String inner = p.precedence <= SUM ? paren(p.text) : p.text;
                    return new Part((v.equals("-") ? "-" : "+") + inner, UNARY, false);
                }
                case INFIX_OPERATOR -> {
                    Part l = render(args.get(0));
                    Part r = render(args.get(1));
                    return switch (v) {
                        case "+" -> new Part(l.text + " + " + r.text, SUM, l.startsWithDigit);
                        case "-" -> new Part(l.text + " - " + (r.precedence <= SUM ? paren(r.text) : r.text), SUM,
                                l.startsWithDigit);
                        case "*" -> {
                            String lt = l.precedence < PRODUCT ? paren(l.text) : l.text;
                            boolean rWrap = r.precedence < PRODUCT || r.precedence == UNARY;
                            String rt = rWrap ? paren(r.text) : r.text;
                            String sep = (!rWrap && r.startsWithDigit) ? " \\cdot " : "\\,";
                            yield new Part(lt + sep + rt, PRODUCT, l.precedence >= PRODUCT && l.startsWithDigit);
                        }
                        case "/" -> new Part("\\frac{" + l.text + "}{" + r.text + "}", ATOM, false);
                        default -> new Part((l.precedence < ATOM ? paren(l.text) : l.text) + "^{" + r.text + "}",
                                POWER, l.precedence >= ATOM && l.startsWithDigit);
                    };
                }
                case FUNCTION -> {
                    String name = v.toLowerCase(Locale.ROOT);
                    String a = render(args.get(0)).text;
                    return switch (name) {
                        case "sqrt" -> new Part("\\sqrt{" + a + "}", ATOM, false);
                        case "abs" -> new Part("\\left|" + a + "\\right|", ATOM, false);
                        case "exp", "log", "sin", "cos", "tan", "tanh", "sinh", "cosh" ->
                                new Part("\\" + name + paren(a), ATOM, false);
                        default -> new Part("\\arctan" + paren(a), ATOM, false);
                    };
                }
                default -> {
                    return new Part(v, ATOM, false);
                }
            }
        }

        private static String paren(String s) {
            return "\\left(" + s + "\\right)";
        }

        private static String number(String literal) {
            String l = literal.toLowerCase(Locale.ROOT);
            int e = l.indexOf('e');
            if (e < 0) {
                return literal.startsWith(".") ? "0" + literal : literal;
            }
            String mantissa = literal.substring(0, e);
            String exponent = literal.substring(e + 1).replaceFirst("^\\+", "");
            String pow = "10^{" + exponent + "}";
            return mantissa.equals("1") ? pow : (mantissa.startsWith(".") ? "0" + mantissa : mantissa) + "\\times " + pow;
        }
    }
}
