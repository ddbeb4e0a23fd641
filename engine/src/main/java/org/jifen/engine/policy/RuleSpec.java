package org.jifen.engine.policy;

/** A rule of a compiled policy and what the engine reads from its metadata. */
public record RuleSpec(String name, String file, int line, String category, Limit maxTimes, Limit maxPoints) {

    public static final String DEFAULT_CATEGORY = "综合";
}
