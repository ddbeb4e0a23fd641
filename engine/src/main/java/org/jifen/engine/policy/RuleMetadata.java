package org.jifen.engine.policy;

import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** Reads a rule's {@code @category}, {@code @maxTimes} and {@code @maxPoints}. */
final class RuleMetadata {

    private static final Set<String> KNOWN = Set.of("category", "maxTimes", "maxPoints");

    private RuleMetadata() {
    }

    static RuleSpec read(String file, RuleDescr rule, List<Problem> problems) {
        String category = RuleSpec.DEFAULT_CATEGORY;
        AnnotationDescr categoryNote = rule.getAnnotation("category");
        if (categoryNote != null) {
            category = value(categoryNote);
            if (category == null || category.isBlank() || category.length() > 64) {
                problems.add(Problem.error(file, line(categoryNote, rule), 0,
                        "rule \"" + rule.getName() + "\": @category needs a name of 1 to 64 characters"));
                category = RuleSpec.DEFAULT_CATEGORY;
            }
        }
        Limit maxTimes = limit(file, rule, "maxTimes", problems);
        Limit maxPoints = limit(file, rule, "maxPoints", problems);
        for (String name : rule.getAnnotationNames()) {
            if (!KNOWN.contains(name)) {
                problems.add(Problem.warning(file, line(rule.getAnnotation(name), rule), 0,
                        "rule \"" + rule.getName() + "\": unknown metadata @" + name + " is ignored"));
            }
        }
        return new RuleSpec(rule.getName(), file, rule.getLine(), category, maxTimes, maxPoints);
    }

    private static Limit limit(String file, RuleDescr rule, String key, List<Problem> problems) {
        AnnotationDescr note = rule.getAnnotation(key);
        if (note == null) {
            return null;
        }
        try {
            return Limit.parse(value(note));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, line(note, rule), 0, "rule \"" + rule.getName() + "\": @" + key + " " + e.getMessage()));
            return null;
        }
    }

    private static String value(AnnotationDescr note) {
        Object value = note.getSingleValueStripped();
        return value == null ? null : AnnotationDescr.unquote(String.valueOf(value)).trim();
    }

    private static int line(AnnotationDescr note, RuleDescr rule) {
        return note != null && note.getLine() > 0 ? note.getLine() : rule.getLine();
    }
}
