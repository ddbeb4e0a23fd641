package org.jifen.api.policy.forms;

import java.util.List;

/**
 * A rule made with a form: checked values only (every name, type, role and category has been
 * whitelisted), so its DRL is generated without any text of the request reaching it unchecked.
 */
public sealed interface RuleForm permits StreakForm, RepeatForm, RoleForm, HourlyForm {

    /** The rule's name; a form that makes two rules names the second after it. */
    String name();

    /** The names of the DRL rules this form generates. */
    default List<String> ruleNames() {
        return List.of(name());
    }

    /** The generated DRL rules, without the marker line. */
    String drl();

    /** The form's values, as the marker keeps them. */
    FormInput input();
}
