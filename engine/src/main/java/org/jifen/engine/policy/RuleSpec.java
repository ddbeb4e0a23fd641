package org.jifen.engine.policy;

import org.jifen.engine.history.Period;

/**
 * A rule of a compiled policy and what the engine reads from its metadata; {@code maxDeduct} is its
 * penalty floor (扣完为止: at most that many points deducted per period), or null; {@code programme} the
 * period whose close runs it (评星, {@code @programme("QUARTER")}), null for a rule of evidence.
 */
public record RuleSpec(String name, String file, int line, String category, Limit maxTimes, Limit maxPoints,
        Limit maxDeduct, Period programme) {

    public static final String DEFAULT_CATEGORY = "综合";

    /** Not a programme rule. */
    public RuleSpec(String name, String file, int line, String category, Limit maxTimes, Limit maxPoints,
            Limit maxDeduct) {
        this(name, file, line, category, maxTimes, maxPoints, maxDeduct, null);
    }

    /** Without a penalty floor. */
    public RuleSpec(String name, String file, int line, String category, Limit maxTimes, Limit maxPoints) {
        this(name, file, line, category, maxTimes, maxPoints, null);
    }
}
