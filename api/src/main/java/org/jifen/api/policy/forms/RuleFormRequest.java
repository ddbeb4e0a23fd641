package org.jifen.api.policy.forms;

/** A form rule to write: {@code replaces} names the form rule it changes, null for a new one. */
public record RuleFormRequest(FormInput form, String replaces) {
}
