package org.jifen.api.policy;

import java.util.ArrayList;
import java.util.List;

/** A rejected publish, described line by line for a log or a terminal. */
public final class PublishProblems {

    private PublishProblems() {
    }

    public static String describe(PublishRejectedException e) {
        List<String> lines = new ArrayList<>();
        e.problems().forEach(p -> lines.add("  " + p));
        e.caseProblems().forEach(p -> lines.add("  " + p));
        e.failedCases().forEach(c -> {
            lines.add("  case failed: " + c.file() + " · " + c.name());
            c.differences().forEach(d -> lines.add("      " + d));
        });
        return String.join("\n", lines);
    }
}
