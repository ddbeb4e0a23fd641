package org.jifen.engine.cases;

import java.util.List;

/**
 * How one sample case went: passed, or the differences between expected and actual awards. The
 * expected and the actual awards themselves come along, so a console can show them rule by rule
 * and offer to take the actual ones as the new expectation.
 */
public record CaseResult(String file, String name, boolean passed, List<String> differences, List<Award> expected,
        List<Award> actual) {

    /** One award of a case: the evidence, the rule, the signed points, the category; requested when it differs. */
    public record Award(String evidence, String rule, int points, String category, Integer requested) {
    }

    public CaseResult {
        differences = List.copyOf(differences);
        expected = List.copyOf(expected);
        actual = List.copyOf(actual);
    }

    public CaseResult(String file, String name, boolean passed, List<String> differences) {
        this(file, name, passed, differences, List.of(), List.of());
    }
}
