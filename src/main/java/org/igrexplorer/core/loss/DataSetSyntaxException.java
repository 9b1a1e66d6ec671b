package org.igrexplorer.core.loss;

/**
 * A point list that cannot be read, with what and where: the offending token, its 1-based column in the
 * text and the 1-based number of the point it belongs to (0 when the problem is the whole text, e.g. an
 * empty list).
 */
public final class DataSetSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String token;
    private final int column;
    private final int point;

    /**
     * @param message the whole message, naming the token, its point and column
     * @param token   the offending token ("" if none)
     * @param column  its 1-based column, 0 if none
     * @param point   the 1-based number of its point, 0 if none
     */
    public DataSetSyntaxException(String message, String token, int column, int point) {
        super(message);
        this.token = token;
        this.column = column;
        this.point = point;
    }

    /** @return the offending token, "" when the problem is the whole text */
    public String token() {
        return token;
    }

    /** @return the 1-based column of the token, 0 when the problem is the whole text */
    public int column() {
        return column;
    }

    /** @return the 1-based number of the point, 0 when the problem is the whole text */
    public int point() {
        return point;
    }
}
