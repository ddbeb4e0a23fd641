package org.jifen.api.policy;

import java.util.List;
import org.jifen.engine.cases.CaseResult;

/**
 * One sample case's outcome; {@code differences} name each expected award that was not made
 * ("expected but not awarded: …") and each award that was not expected ("awarded but not expected: …");
 * {@code expected} and {@code actual} list the awards themselves (the console compares them rule by rule).
 */
public record CaseView(String file, String name, boolean passed, List<String> differences,
        List<CaseResult.Award> expected, List<CaseResult.Award> actual) {

    public static CaseView of(CaseResult result) {
        return new CaseView(result.file(), result.name(), result.passed(), result.differences(), result.expected(),
                result.actual());
    }
}
