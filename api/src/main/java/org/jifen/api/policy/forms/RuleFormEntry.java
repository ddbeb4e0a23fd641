package org.jifen.api.policy.forms;

import java.util.List;

/**
 * A rule of the draft as the 规则 tab lists it: made with a form ({@code form} and its {@code drl}),
 * or hand-written ({@code form} null: the form cannot edit it; 高级 can). {@code rules} are the DRL
 * rules' names, {@code line} where the first starts in {@code file} (1-based).
 */
public record RuleFormEntry(String name, String file, int line, List<String> rules, FormInput form, String drl) {
}
