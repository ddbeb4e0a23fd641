package org.jifen.engine.policy;

import java.util.List;
import org.jifen.engine.history.Period;
import org.jifen.engine.sandbox.CheckedRule;

/** Reads a rule's {@code @category}, {@code @maxTimes}, {@code @maxPoints} and {@code @maxDeduct}, as the sandbox read them. */
final class RuleMetadata {

    /** A programme rule's name goes into its ledger source programme:<rule>:<period> (100 characters). */
    static final int MAX_PROGRAMME_NAME = 80;

    private RuleMetadata() {
    }

    static RuleSpec read(String file, CheckedRule rule, List<Problem> problems) {
        String category = RuleSpec.DEFAULT_CATEGORY;
        String categoryNote = rule.notes().get("category");
        if (categoryNote != null) {
            category = categoryNote.strip();
            if (category.isBlank() || category.length() > 64) {
                problems.add(Problem.error(file, line(rule, "category"), 0,
                        "规则“" + rule.name() + "”：@category 要写 1 到 64 个字的类别名"));
                category = RuleSpec.DEFAULT_CATEGORY;
            }
        }
        Limit maxTimes = limit(file, rule, "maxTimes", problems);
        Limit maxPoints = limit(file, rule, "maxPoints", problems);
        Limit maxDeduct = limit(file, rule, "maxDeduct", problems);
        Period programme = null;
        String programmeNote = rule.notes().get("programme");
        if (programmeNote != null) {
            try {
                programme = Period.valueOf(programmeNote.strip());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(file, line(rule, "programme"), 0, "规则“" + rule.name()
                        + "”：@programme 要写周期 MONTH、QUARTER、HALF_YEAR 或 YEAR 等，例如 @programme(\"QUARTER\")"));
            }
            if (rule.name().length() > MAX_PROGRAMME_NAME) {
                problems.add(Problem.error(file, rule.line(), 0, "评比规则的名称最多 " + MAX_PROGRAMME_NAME
                        + " 个字（评定记录要带上名称和周期），“" + rule.name().substring(0, 20) + "…”有 "
                        + rule.name().length() + " 个字"));
            }
        }
        return new RuleSpec(rule.name(), file, rule.line(), category, maxTimes, maxPoints, maxDeduct, programme);
    }

    private static Limit limit(String file, CheckedRule rule, String key, List<Problem> problems) {
        String note = rule.notes().get(key);
        if (note == null) {
            return null;
        }
        try {
            return Limit.parse(note.strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, line(rule, key), 0, "规则“" + rule.name() + "”：@" + key + " " + e.getMessage()));
            return null;
        }
    }

    private static int line(CheckedRule rule, String key) {
        return rule.noteLines().getOrDefault(key, rule.line());
    }
}
