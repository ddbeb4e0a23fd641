package org.jifen.engine.sandbox;

/** Something a rule says that the grammar does not allow, at a position within its fragment. */
final class GrammarException extends RuntimeException {

    private final int line;
    private final int column;

    GrammarException(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    GrammarException(Token at, String message) {
        this(at.line(), at.column(), message);
    }

    /** 0-based line within the fragment. */
    int line() {
        return line;
    }

    /** 0-based column within that line. */
    int column() {
        return column;
    }
}
