package org.igrexplorer.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The one CSV writer of the program: fields joined by commas, every line ended by {@code \n},
 * floating-point numbers written with {@link Double#toString} (exact round trip, independent of the
 * locale), a missing or non-finite number as an empty field (never "NaN" or "Infinity"), enum constants
 * in lower case, text quoted when it holds a comma, a quote or a line break. Note lines start with
 * {@code #}.
 */
public final class Csv {

    /** The line ending of every CSV file the program writes. */
    public static final String LINE_END = "\n";

    private Csv() {
    }

    /** @return one line (with {@link #LINE_END}) of the given fields */
    public static String line(Object... fields) {
        StringBuilder sb = new StringBuilder(16 * fields.length + 1);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendField(sb, fields[i]);
        }
        return sb.append(LINE_END).toString();
    }

    /** Writes {@link #line(Object...)}. */
    public static void row(Writer w, Object... fields) throws IOException {
        w.write(line(fields));
    }

    /** Writes a header line (column names, verbatim). */
    public static void header(Writer w, String header) throws IOException {
        w.write(header);
        w.write(LINE_END);
    }

    /** @return a note line "# text" */
    public static String note(String text) {
        return "# " + text.replace('\n', ' ') + LINE_END;
    }

    private static void appendField(StringBuilder sb, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                sb.append(v instanceof Float ? Float.toString((Float) v) : Double.toString(d));
            }
            return;
        }
        if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
            return;
        }
        String s = v instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : v.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(s);
        }
    }
}
