package org.jifen.api.policy.forms;

/**
 * 每满 {@code minutes} 分钟加 {@code points} 分; {@code maxUnits} (optional, 0 for none) caps how many
 * such spans one piece of evidence counts.
 */
record HourlyForm(String name, String type, int minutes, int points, int maxUnits, String category, Cap maxTimes,
        Cap maxPoints) implements RuleForm {

    @Override
    public String drl() {
        String units = maxUnits > 0 ? "Math.min($min / " + minutes + ", " + maxUnits + ")" : "$min / " + minutes;
        return new DrlText().rule(name, category, maxTimes, maxPoints)
                .when(DrlText.evidence(type, "minutes >= " + minutes + ", $min : minutes"))
                .then("award.grant($e, " + units + " * " + points + ", " + DrlText.literal(name) + ");").text();
    }

    @Override
    public FormInput input() {
        return new FormInput("hourly", name, type, category, points, null, null, null, null, null, minutes,
                maxUnits > 0 ? maxUnits : null, FormReader.text(maxTimes), FormReader.text(maxPoints));
    }
}
