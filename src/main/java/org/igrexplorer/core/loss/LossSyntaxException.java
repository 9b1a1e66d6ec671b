package org.igrexplorer.core.loss;

/**
 * A typed loss that cannot be used, with what and where: the offending token and its 1-based
 * column in the text (0 when the problem is the whole text, e.g. an empty one).
 */
public final class LossSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String token;
    private final int column;

    /**
     * @param message the whole message, naming the token and column
     * @param token   the offending token ("" if none)
     * @param column  its 1-based column, 0 if none
     */
    public LossSyntaxException(String message, String token, int column) {
        super(message);
        this.token = token;
        this.column = column;
    }

    /** @return the offending token, "" when the problem is the whole text */
    public String token() {
        return token;
    }

    /** @return the 1-based column of the token, 0 when the problem is the whole text */
    public int column() {
        return column;
    }
}
