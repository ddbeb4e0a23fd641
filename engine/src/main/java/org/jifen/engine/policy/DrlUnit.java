package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.jifen.engine.sandbox.CheckedFile;
import org.jifen.engine.sandbox.CheckedRule;
import org.jifen.engine.sandbox.DrlSandbox;

/**
 * One DRL file as Drools compiles it. For a village's file that is the DRL the sandbox generated
 * from the checked rules ({@code checked} says what it read, and maps lines back to the author's);
 * {@code checked} is null only for Jifen's own trusted text (the shared points-list base, and the
 * unsandboxed compiler that tests the runtime guards).
 */
record DrlUnit(String file, String text, PackageDescr descr, CheckedFile checked) {

    private static final Pattern TYPE_TEST = Pattern.compile("\\btype\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern KEY_TEST = Pattern.compile("\\bkey\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern TYPE_USE = Pattern.compile("(?<![\\w$.\"])(type)\\b");
    private static final Pattern KEY_USE = Pattern.compile("(?<![\\w$.\"])(key)\\b");

    /** Parses an author's file, checks it against the grammar and parses the generated DRL; null on problems. */
    static DrlUnit parse(String file, String text, List<Problem> problems) {
        PackageDescr authored = DrlFiles.parse(file, text, problems);
        if (authored == null) {
            return null;
        }
        CheckedFile checked = DrlSandbox.check(file, text, authored);
        if (!checked.problems().isEmpty()) {
            problems.addAll(checked.problems());
            return null;
        }
        List<Problem> internal = new ArrayList<>();
        PackageDescr generated = DrlFiles.parse(file, checked.drl(), internal);
        if (generated == null) {
            throw new IllegalStateException("the sandbox generated DRL that does not parse: " + internal);
        }
        DrlUnit unit = new DrlUnit(file, checked.drl(), generated, checked);
        unit.verify();
        return unit;
    }

    /** Jifen's own DRL, compiled as written: never a village's text. */
    static DrlUnit trusted(String file, String text, List<Problem> problems) {
        PackageDescr descr = DrlFiles.parse(file, text, problems);
        if (descr == null) {
            return null;
        }
        DrlUnit unit = new DrlUnit(file, text, descr, null);
        unit.supplyImportsAndGlobal();
        return unit;
    }

    /**
     * The guard before Drools: a village's unit must be exactly what the grammar generates from
     * itself (a fixed point), with no annotation left. Throws when anything was changed or added.
     */
    void verify() {
        if (checked == null) {
            return;
        }
        CheckedFile again = DrlSandbox.check(file, text, descr);
        boolean annotated = descr.getRules().stream().anyMatch(r -> !r.getAnnotations().isEmpty());
        if (annotated || !again.problems().isEmpty() || !text.equals(again.drl())) {
            throw new IllegalStateException("refusing to compile " + file + ": it is not what the rule grammar generated"
                    + (again.problems().isEmpty() ? "" : ": " + again.problems()));
        }
    }

    /** The rules' names, lines and metadata; for trusted text read from its annotations, which are then removed. */
    List<CheckedRule> rules() {
        if (checked != null) {
            return checked.rules();
        }
        return DrlFiles.stripAnnotations(descr);
    }

    /** The author's line of a 1-based line of {@link #text()}. */
    int authorLine(int line) {
        return checked == null ? line : checked.authorLine(line);
    }

    /** Adds what Jifen's own text may leave out: the facts' import and the award global. */
    private void supplyImportsAndGlobal() {
        if (descr.getImports().stream().noneMatch(i -> i.getTarget().equals("org.jifen.facts.*"))) {
            descr.addImport(new ImportDescr("org.jifen.facts.*"));
        }
        if (descr.getGlobals().stream().noneMatch(g -> g.getIdentifier().equals("award"))) {
            descr.addGlobal(new GlobalDescr("award", "org.jifen.facts.Awards"));
        }
    }

    /**
     * The 1-based line where a rule's consequence text starts: Drools reports the line of
     * {@code then} and strips the text's leading white space.
     */
    int consequenceStart(RuleDescr rule) {
        String consequence = rule.getConsequence() instanceof String c ? c.strip() : "";
        String[] lines = text.split("\n", -1);
        int then = Math.max(rule.getConsequenceLine(), 1);
        if (consequence.isEmpty()) {
            return then;
        }
        String first = consequence.lines().findFirst().orElse("").strip();
        for (int i = then - 1; i < lines.length; i++) {
            if (lines[i].contains(first)) {
                return i + 1;
            }
        }
        return then;
    }

    /** Whether any rule of this file matches a fact of the given simple type name. */
    boolean matches(String factType) {
        return patterns().stream().anyMatch(p -> isOf(p, factType));
    }

    /** The evidence types this file's rules test with {@code type == "..."}. */
    Set<String> evidenceTypes() {
        Set<String> types = new TreeSet<>();
        for (PatternDescr pattern : patterns()) {
            if (isOf(pattern, "Evidence")) {
                literals(pattern, TYPE_TEST, types);
            }
        }
        return types;
    }

    /**
     * The Tally keys this file's rules can match: the literal {@code key == "..."} values, or null
     * when some Tally pattern has no such test or uses {@code key} any other way (then every key may).
     */
    Set<String> tallyKeys() {
        return literalValues("Tally", KEY_TEST, KEY_USE);
    }

    /** As {@link #tallyKeys()}, for the HouseholdTally patterns. */
    Set<String> householdTallyKeys() {
        return literalValues("HouseholdTally", KEY_TEST, KEY_USE);
    }

    /**
     * The evidence types this file's Streak patterns can match: the literal {@code type == "..."}
     * values (empty when no rule matches a Streak), or null when some Streak pattern has no such test
     * or uses {@code type} any other way (then every type may).
     */
    Set<String> streakTypes() {
        return literalValues("Streak", TYPE_TEST, TYPE_USE);
    }

    /**
     * The literal values {@code test} finds in the patterns of {@code factType}, or null when one
     * of those patterns has no such test or uses the field otherwise ({@code use} finds more).
     */
    private Set<String> literalValues(String factType, Pattern test, Pattern use) {
        Set<String> values = new TreeSet<>();
        for (PatternDescr pattern : patterns()) {
            if (!isOf(pattern, factType)) {
                continue;
            }
            int tests = literals(pattern, test, values);
            if (tests == 0 || tests != literals(pattern, use, new TreeSet<>())) {
                return null;
            }
        }
        return values;
    }

    private static boolean isOf(PatternDescr pattern, String factType) {
        String type = pattern.getObjectType();
        return type != null && (type.equals(factType) || type.endsWith("." + factType));
    }

    private static int literals(PatternDescr pattern, Pattern test, Set<String> into) {
        int found = 0;
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expr) {
                Matcher m = test.matcher(expr.getExpression());
                while (m.find()) {
                    into.add(m.group(1));
                    found++;
                }
            }
        }
        return found;
    }

    /** The simple names of the facts the named rule's patterns match. */
    Set<String> factTypes(String ruleName) {
        Set<String> types = new TreeSet<>();
        for (RuleDescr rule : descr.getRules()) {
            if (rule.getName().equals(ruleName) && rule.getLhs() != null) {
                List<PatternDescr> patterns = new ArrayList<>();
                collect(rule.getLhs(), patterns);
                patterns.forEach(p -> types.add(p.getObjectType() == null ? ""
                        : p.getObjectType().substring(p.getObjectType().lastIndexOf('.') + 1)));
            }
        }
        return types;
    }

    /** Every pattern of every rule, including those inside not, exists, or, accumulate and collect. */
    List<PatternDescr> patterns() {
        List<PatternDescr> patterns = new java.util.ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            if (rule.getLhs() != null) {
                collect(rule.getLhs(), patterns);
            }
        }
        return patterns;
    }

    private static void collect(BaseDescr descr, List<PatternDescr> patterns) {
        if (descr instanceof PatternDescr pattern) {
            patterns.add(pattern);
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                collect(accumulate.getInput(), patterns); // from accumulate( $t : Tally( … ), … )
            } else if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                collect(collect.getInputPattern(), patterns);
            } else if (pattern.getSource() instanceof ConditionalElementDescr source) {
                collect((BaseDescr) source, patterns);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect((BaseDescr) child, patterns));
        }
    }
}
