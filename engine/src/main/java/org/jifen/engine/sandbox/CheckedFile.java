package org.jifen.engine.sandbox;

import java.util.List;
import org.jifen.engine.policy.Problem;

/**
 * The outcome of checking one DRL file: its problems, and, when there are none, the DRL generated
 * from the checked tree (the only text Drools compiles), the author's line of each generated line,
 * and the rules' metadata.
 */
public record CheckedFile(List<Problem> problems, String drl, int[] authorLines, List<CheckedRule> rules) {

    /** The author's line for a 1-based line of the generated DRL (0 when unknown). */
    public int authorLine(int generatedLine) {
        return generatedLine >= 1 && generatedLine <= authorLines.length ? authorLines[generatedLine - 1] : 0;
    }
}
