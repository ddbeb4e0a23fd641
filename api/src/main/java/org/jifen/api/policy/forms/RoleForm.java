package org.jifen.api.policy.forms;

import java.util.List;
import java.util.stream.Collectors;

/** 仅 {@code roles} 之一的成员做某类型的事 → 加 {@code points} 分. */
record RoleForm(String name, String type, List<String> roles, int points, String category, Cap maxTimes,
        Cap maxPoints) implements RuleForm {

    RoleForm {
        roles = List.copyOf(roles);
    }

    @Override
    public String drl() {
        String any = roles.stream().map(r -> "hasRole(" + DrlText.literal(r) + ")").collect(Collectors.joining(" || "));
        return new DrlText().rule(name, category, maxTimes, maxPoints)
                .when(DrlText.evidence(type, ""))
                .when("Member( " + any + " )")
                .then("award.grant($e, " + points + ", " + DrlText.literal(name) + ");").text();
    }

    @Override
    public FormInput input() {
        return new FormInput("role", name, type, category, points, null, null, null, null, roles, null, null,
                FormReader.text(maxTimes), FormReader.text(maxPoints));
    }
}
