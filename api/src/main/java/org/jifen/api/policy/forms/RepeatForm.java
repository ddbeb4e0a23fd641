package org.jifen.api.policy.forms;

import java.util.List;

/**
 * 同一周期内第 {@code from} 次及以后违规 → 扣 {@code points} 分. Offences are counted by evidence type
 * over the credited entries (a {@code Tally}); with {@code basePoints} the form also makes the rule
 * that deducts every offence ({@code name（每次）}), so the count has something to count.
 */
record RepeatForm(String name, String type, String period, int from, int points, int basePoints, String category,
        Cap maxTimes) implements RuleForm {

    /** The name of the every-offence rule. */
    String baseName() {
        return name + "（每次）";
    }

    @Override
    public List<String> ruleNames() {
        return basePoints > 0 ? List.of(baseName(), name) : List.of(name);
    }

    @Override
    public String drl() {
        String base = basePoints <= 0 ? "" : new DrlText().rule(baseName(), category, null, null)
                .when(DrlText.evidence(type, ""))
                .then("award.deduct($e, " + basePoints + ", " + DrlText.literal(baseName()) + ");").text() + "\n";
        return base + new DrlText().rule(name, category, maxTimes, null)
                .when(DrlText.evidence(type, ""))
                .when("Tally( key == " + DrlText.literal(type) + ", period == " + DrlText.literal(period)
                        + ", count >= " + (from - 1) + " )")
                .then("award.deduct($e, " + points + ", " + DrlText.literal(name) + ");").text();
    }

    @Override
    public FormInput input() {
        return new FormInput("repeat", name, type, category, points, null, period, from, basePoints, null, null, null,
                FormReader.text(maxTimes), null);
    }
}
