package org.jifen.api.policy.forms;

/**
 * Writes one DRL rule from checked values. Text goes into string literals only, and a literal refuses
 * a quote, a backslash or a line break outright (the checks before should have made that impossible).
 */
final class DrlText {

    private final StringBuilder out = new StringBuilder();

    /** {@code rule "name"}, its annotations and {@code when}. */
    DrlText rule(String name, String category, Cap maxTimes, Cap maxPoints) {
        out.append("rule ").append(literal(name)).append('\n');
        out.append("    @category(").append(literal(category)).append(")\n");
        if (maxTimes != null) {
            out.append("    @maxTimes(").append(literal(maxTimes.toString())).append(")\n");
        }
        if (maxPoints != null) {
            out.append("    @maxPoints(").append(literal(maxPoints.toString())).append(")\n");
        }
        out.append("when\n");
        return this;
    }

    /** A condition line. */
    DrlText when(String condition) {
        out.append("    ").append(condition).append('\n');
        return this;
    }

    /** {@code then}, one award statement and {@code end}. */
    DrlText then(String award) {
        out.append("then\n    ").append(award).append("\nend\n");
        return this;
    }

    String text() {
        return out.toString();
    }

    /** A DRL string literal of checked text. */
    static String literal(String text) {
        if (text.chars().anyMatch(c -> c == '"' || c == '\\' || c == '\n' || c == '\r' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("unsafe text for a DRL literal");
        }
        return '"' + text + '"';
    }

    /** The evidence pattern every form rule starts with. */
    static String evidence(String type, String more) {
        return "$e : Evidence( type == " + literal(type) + ", approved" + (more.isEmpty() ? "" : ", " + more) + " )";
    }
}
