package org.jifen.engine.sandbox;

/** The author's text of a file, for positions the parser does not give (annotations, consequences). */
final class Source {

    private final String[] lines;

    Source(String text) {
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** The 1-based line of the first {@code needle} at or after {@code fromLine}, before {@code toLine}; else 0. */
    int lineOf(String needle, int fromLine, int toLine) {
        for (int i = Math.max(fromLine, 1) - 1; i < lines.length && (toLine <= 0 || i < toLine); i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The 0-based column of {@code needle} on a 1-based {@code line}, or 0. */
    int columnOf(String needle, int line) {
        return line >= 1 && line <= lines.length ? Math.max(lines[line - 1].indexOf(needle), 0) : 0;
    }
}
