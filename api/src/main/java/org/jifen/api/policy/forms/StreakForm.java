package org.jifen.api.policy.forms;

/** 连续 {@code days} 天有某类型的证据 → 加 {@code points} 分 (on each such day, within the caps). */
record StreakForm(String name, String type, int days, int points, String category, Cap maxTimes, Cap maxPoints)
        implements RuleForm {

    @Override
    public String drl() {
        return new DrlText().rule(name, category, maxTimes, maxPoints)
                .when(DrlText.evidence(type, ""))
                .when("Streak( type == " + DrlText.literal(type) + ", days >= " + days + " )")
                .then("award.grant($e, " + points + ", " + DrlText.literal(name) + ");").text();
    }

    @Override
    public FormInput input() {
        return new FormInput("streak", name, type, category, points, days, null, null, null, null, null, null,
                FormReader.text(maxTimes), FormReader.text(maxPoints));
    }
}
