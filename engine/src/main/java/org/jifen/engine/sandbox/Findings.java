package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;
import org.jifen.engine.policy.Problem;

/** The problems found in one file, each at the author's line and 1-based column. */
final class Findings {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    void add(int line, int column, String message) {
        problems.add(Problem.error(file, Math.max(line, 0), Math.max(column, 0), message));
    }

    void add(BaseDescr descr, String message) {
        add(descr.getLine(), descr.getColumn() + 1, message);
    }

    /** A fragment's error: {@code line} (1-based) and {@code column} (0-based) are where the fragment starts. */
    void add(int line, int column, GrammarException e) {
        int col = e.line() == 0 ? Math.max(column, 0) + e.column() : e.column();
        add(Math.max(line, 0) + e.line(), col + 1, e.getMessage());
    }

    boolean any() {
        return !problems.isEmpty();
    }

    List<Problem> problems() {
        return problems;
    }
}
