/**
 * Rules without DRL (issue 16): the editor's 规则 forms (streaks, repeat offences, role-limited items,
 * time-based points) are validated against the draft's own words and generate DRL into the draft's
 * {@code forms.drl}, each rule under a marker line that lets the form open it again.
 */
package org.jifen.api.policy.forms;
