package org.jifen.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.policy.PolicySource;
import org.jifen.facts.Tally;

/** What the village's rules test: evidence types, attribute values and member roles. */
record Shape(List<String> types, Map<String, List<String>> attrValues, List<String> roles, Set<String> tallyTests) {

    private static final Pattern TYPE_TEST = Pattern.compile("\\btype\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern ATTR_TEST = Pattern.compile("\\battr\\(\\s*\"([^\"]+)\"\\s*\\)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern ROLE_TEST = Pattern.compile("\\bhasRole\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern TALLY_PATTERN = Pattern.compile("\\bTally\\s*\\(([^)]*)\\)");
    private static final Pattern KEY_TEST = Pattern.compile("\\bkey\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern PERIOD_TEST = Pattern.compile("\\bperiod\\s*==\\s*\"([^\"]+)\"");

    /** Whether any Tally pattern could match this fact; {@code tallyTests} null means any could. */
    boolean tested(Tally tally) {
        return tallyTests == null || tallyTests.contains(tally.key() + "/" + tally.period())
                || tallyTests.contains(tally.key() + "/*");
    }

    static Shape of(PolicySource source) {
        Set<String> types = new TreeSet<>();
        Map<String, Set<String>> attrs = new TreeMap<>();
        Set<String> roles = new TreeSet<>();
        Set<String> tallyTests = new TreeSet<>();
        boolean anyTally = false;
        for (String text : PolicyDrl.files(source).values()) {
            Matcher t = TALLY_PATTERN.matcher(text);
            while (t.find()) {
                Matcher key = KEY_TEST.matcher(t.group(1));
                Matcher period = PERIOD_TEST.matcher(t.group(1));
                if (key.find()) {
                    tallyTests.add(key.group(1) + "/" + (period.find() ? period.group(1) : "*"));
                } else {
                    anyTally = true;
                }
            }
            Matcher m = TYPE_TEST.matcher(text);
            while (m.find()) {
                types.add(m.group(1));
            }
            m = ATTR_TEST.matcher(text);
            while (m.find()) {
                attrs.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
            m = ROLE_TEST.matcher(text);
            while (m.find()) {
                roles.add(m.group(1));
            }
        }
        Map<String, List<String>> attrValues = new TreeMap<>();
        attrs.forEach((k, v) -> attrValues.put(k, List.copyOf(v)));
        return new Shape(List.copyOf(types), attrValues, List.copyOf(roles), anyTally ? null : Set.copyOf(tallyTests));
    }
}
