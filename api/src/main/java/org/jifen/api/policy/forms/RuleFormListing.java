package org.jifen.api.policy.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draft's rules for the 规则 tab, and the words its forms may use: evidence types (code to
 * Chinese name), roles and categories. {@code file} is the file the forms write.
 */
public record RuleFormListing(String file, List<RuleFormEntry> rules, Map<String, String> types, Set<String> roles,
        Set<String> categories) {
}
