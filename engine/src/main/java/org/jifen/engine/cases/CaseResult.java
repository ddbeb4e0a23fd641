package org.jifen.engine.cases;

import java.util.List;

/** How one sample case went: passed, or the differences between expected and actual awards. */
public record CaseResult(String file, String name, boolean passed, List<String> differences) {

    public CaseResult {
        differences = List.copyOf(differences);
    }
}
