package org.jifen.engine.policy;

/**
 * A rule of a compiled policy and what the engine reads from its metadata; {@code maxDeduct} is its
 * penalty floor (扣完为止: at most that many points deducted per period), or null.
 */
public record RuleSpec(String name, String file, int line, String category, Limit maxTimes, Limit maxPoints,
        Limit maxDeduct) {

    public static final String DEFAULT_CATEGORY = "综合";

    /** Without a penalty floor. */
    public RuleSpec(String name, String file, int line, String category, Limit maxTimes, Limit maxPoints) {
        this(name, file, line, category, maxTimes, maxPoints, null);
    }
}
