package org.jifen.engine.policy;

/** Something wrong in a policy file, at a 1-based line and column (0 when unknown). */
public record Problem(String file, int line, int column, Severity severity, String message) {

    /** How bad a problem is: an error stops the policy from being used. */
    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
