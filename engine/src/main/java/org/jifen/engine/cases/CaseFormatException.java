package org.jifen.engine.cases;

/** A sample-case file that does not follow the case format, at a file and line. */
public class CaseFormatException extends RuntimeException {

    private final String file;
    private final int line;

    public CaseFormatException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
